package dev.backstride.screening.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.screening.Clearance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runner's confirmations that lift or unlock the plan: a clinician assessed them
 * ({@code clinician_assessment}) and the RF-CLEAR clearance ({@code clearance}). Both keep their
 * history; readers take the latest. Every statement is scoped by the account.
 */
@Repository
public class JdbcCareConfirmations {

	private final JdbcClient jdbc;

	public JdbcCareConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void saveClinicianAssessed(AccountId account, Instant recordedAt) {
		this.jdbc.sql("insert into clinician_assessment (account_id, recorded_at) values (?, ?)")
			.params(account.value(), Timestamps.toDb(recordedAt))
			.update();
	}

	public Optional<Instant> latestClinicianAssessed(AccountId account) {
		return this.jdbc.sql("""
				select recorded_at from clinician_assessment where account_id = ?
				order by recorded_at desc, id desc fetch first 1 rows only""")
			.param(account.value())
			.query((rs, n) -> Timestamps.fromDb(rs, "recorded_at"))
			.optional();
	}

	public void saveClearance(AccountId account, Clearance clearance) {
		this.jdbc.sql("insert into clearance (account_id, confirmed_at, consulted_doctor) values (?, ?, ?)")
			.params(account.value(), Timestamps.toDb(clearance.confirmedAt()), clearance.consultedDoctor())
			.update();
	}

	public Optional<Clearance> latestClearance(AccountId account) {
		return this.jdbc.sql("""
				select confirmed_at, consulted_doctor from clearance where account_id = ?
				order by confirmed_at desc, id desc fetch first 1 rows only""")
			.param(account.value())
			.query((rs, n) -> new Clearance(Timestamps.fromDb(rs, "confirmed_at"), rs.getBoolean("consulted_doctor")))
			.optional();
	}

	/** Every clinician-assessed confirmation of the account, newest first (one time stamp each). */
	public List<Instant> clinicianAssessed(AccountId account) {
		return this.jdbc.sql("select recorded_at from clinician_assessment where account_id = ?"
				+ " order by recorded_at desc, id desc")
			.param(account.value())
			.query((rs, n) -> Timestamps.fromDb(rs, "recorded_at"))
			.list();
	}

	/** Every clearance confirmation of the account, newest first. */
	public List<Clearance> clearances(AccountId account) {
		return this.jdbc.sql("select confirmed_at, consulted_doctor from clearance where account_id = ?"
				+ " order by confirmed_at desc, id desc")
			.param(account.value())
			.query((rs, n) -> new Clearance(Timestamps.fromDb(rs, "confirmed_at"), rs.getBoolean("consulted_doctor")))
			.list();
	}

	/** How many clinician-assessed confirmations the account recorded at or after {@code since}. */
	public long clinicianAssessedSince(AccountId account, Instant since) {
		return this.jdbc.sql("select count(*) from clinician_assessment where account_id = ? and recorded_at >= ?")
			.params(account.value(), Timestamps.toDb(since))
			.query(Long.class)
			.single();
	}

	/** How many clearance confirmations the account recorded at or after {@code since}. */
	public long clearancesSince(AccountId account, Instant since) {
		return this.jdbc.sql("select count(*) from clearance where account_id = ? and confirmed_at >= ?")
			.params(account.value(), Timestamps.toDb(since))
			.query(Long.class)
			.single();
	}

}
