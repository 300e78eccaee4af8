package dev.backstride.account.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccessToken;
import dev.backstride.account.Account;
import dev.backstride.account.AccountId;
import dev.backstride.account.Email;
import dev.backstride.account.Profile;
import dev.backstride.account.Sex;
import dev.backstride.account.TerrainMix;
import dev.backstride.account.Units;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.PageRequest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts, profiles and token hashes in plain SQL. Every read of runner data takes its owner. */
@Repository
public class JdbcAccountStore {

	private final JdbcClient jdbc;

	public JdbcAccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts an account; empty when the address is already taken. */
	public Optional<Account> insert(Email email, String passwordHash, Instant now) {
		var keys = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("insert into account (email, password_hash, created_at) values (:email, :hash, :now)")
				.param("email", email.value())
				.param("hash", passwordHash)
				.param("now", utc(now))
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
		return Optional.of(new Account(new AccountId(keys.getKey().longValue()), email, now));
	}

	public record Credentials(AccountId id, Email email, String passwordHash) {
	}

	public Optional<Credentials> credentials(Email email) {
		return this.jdbc.sql("select id, email, password_hash from account where email = ?")
			.param(email.value())
			.query((rs, n) -> new Credentials(new AccountId(rs.getLong(1)), new Email(rs.getString(2)),
					rs.getString(3)))
			.optional();
	}

	public void updatePassword(AccountId owner, String passwordHash) {
		this.jdbc.sql("update account set password_hash = ? where id = ?").param(passwordHash).param(owner.value()).update();
	}

	/** Changes the sign-in address; false when another account has it. */
	public boolean updateEmail(AccountId owner, Email email) {
		try {
			return this.jdbc.sql("update account set email = ? where id = ?")
				.param(email.value())
				.param(owner.value())
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Account> find(AccountId id) {
		return this.jdbc.sql("select id, email, created_at from account where id = ?")
			.param(id.value())
			.query((rs, n) -> new Account(id, new Email(rs.getString(2)), instant(rs, 3)))
			.optional();
	}

	public Profile profile(AccountId owner) {
		return this.jdbc.sql("""
				select age, sex, years_running, weekly_distance_km,
				       terrain_road, terrain_trail, terrain_track, terrain_treadmill
				from profile where account_id = ?""")
			.param(owner.value())
			.query((rs, n) -> new Profile(Optional.ofNullable(rs.getObject(1, Integer.class)),
					Optional.ofNullable(rs.getString(2)).map(Sex::valueOf),
					Optional.ofNullable(rs.getBigDecimal(3)), Optional.ofNullable(rs.getBigDecimal(4)),
					new TerrainMix(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))))
			.optional()
			.orElse(Profile.EMPTY);
	}

	public void saveProfile(AccountId owner, Profile p, Instant now) {
		int updated = this.jdbc.sql("""
				update profile set age = :age, sex = :sex, years_running = :years, weekly_distance_km = :weekly,
				       terrain_road = :road, terrain_trail = :trail, terrain_track = :track,
				       terrain_treadmill = :treadmill, updated_at = :now
				where account_id = :owner""").paramSource(profileParams(owner, p, now)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into profile (account_id, age, sex, years_running, weekly_distance_km,
					       terrain_road, terrain_trail, terrain_track, terrain_treadmill, updated_at)
					values (:owner, :age, :sex, :years, :weekly, :road, :trail, :track, :treadmill, :now)""")
				.paramSource(profileParams(owner, p, now))
				.update();
		}
	}

	/** The units the owner reads distances in; kilometres until chosen. */
	public Units units(AccountId owner) {
		return this.jdbc.sql("select units from profile where account_id = ?")
			.param(owner.value())
			.query(String.class)
			.optional()
			.map(Units::valueOf)
			.orElse(Units.KM);
	}

	/** Sets the owner's units; the profile row exists once a profile has been saved. */
	public void saveUnits(AccountId owner, Units units) {
		this.jdbc.sql("update profile set units = ? where account_id = ?")
			.param(units.name())
			.param(owner.value())
			.update();
	}

	private static java.util.Map<String, Object> profileParams(AccountId owner, Profile p, Instant now) {
		var params = new java.util.HashMap<String, Object>();
		params.put("owner", owner.value());
		params.put("age", p.age().orElse(null));
		params.put("sex", p.sex().map(Enum::name).orElse(null));
		params.put("years", p.yearsRunning().orElse(null));
		params.put("weekly", p.weeklyDistanceKm().orElse(null));
		params.put("road", p.terrain().roadPercent());
		params.put("trail", p.terrain().trailPercent());
		params.put("track", p.terrain().trackPercent());
		params.put("treadmill", p.terrain().treadmillPercent());
		params.put("now", utc(now));
		return params;
	}

	public AccessToken insertToken(AccountId owner, String name, String tokenHash, Instant now) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into access_token (account_id, name, token_hash, created_at)
				values (:owner, :name, :hash, :now)""")
			.param("owner", owner.value())
			.param("name", name)
			.param("hash", tokenHash)
			.param("now", utc(now))
			.update(keys, "id");
		return new AccessToken(keys.getKey().longValue(), name, now, Optional.empty(), Optional.empty());
	}

	public List<AccessToken> tokens(AccountId owner) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from access_token
				where account_id = ? order by created_at desc, id desc""")
			.param(owner.value())
			.query((rs, n) -> new AccessToken(rs.getLong(1), rs.getString(2), instant(rs, 3),
					Optional.ofNullable(nullableInstant(rs, 4)), Optional.ofNullable(nullableInstant(rs, 5))))
			.list();
	}

	/** A page of the owner's tokens, newest first; the cursor is (created at in µs, id). */
	public List<AccessToken> tokens(AccountId owner, PageRequest page) {
		long atMicros = page.after().map((c) -> c.key(0)).orElse(Long.MAX_VALUE);
		long id = page.after().map((c) -> c.key(1)).orElse(Long.MAX_VALUE);
		OffsetDateTime at = utc(page.after().isPresent() ? Cursor.instant(atMicros) : Instant.parse("9999-12-31T00:00:00Z"));
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from access_token
				where account_id = :owner and created_at <= :at and (created_at < :at or id < :id)
				order by created_at desc, id desc fetch first :n rows only""")
			.param("owner", owner.value())
			.param("at", at)
			.param("id", id)
			.param("n", page.fetchSize())
			.query((rs, n) -> new AccessToken(rs.getLong(1), rs.getString(2), instant(rs, 3),
					Optional.ofNullable(nullableInstant(rs, 4)), Optional.ofNullable(nullableInstant(rs, 5))))
			.list();
	}

	public long activeTokens(AccountId owner) {
		return this.jdbc.sql("select count(*) from access_token where account_id = ? and revoked_at is null")
			.param(owner.value())
			.query(Long.class)
			.single();
	}

	/**
	 * Locks the account's row until the calling transaction ends, so that writes of one account that
	 * count against a quota take turns (see V40).
	 */
	public void lockForWrites(AccountId owner) {
		this.jdbc.sql("update account set write_serial = write_serial + 1 where id = ?").param(owner.value()).update();
	}

	public boolean revokeToken(AccountId owner, long tokenId, Instant now) {
		return this.jdbc.sql("""
				update access_token set revoked_at = :now
				where id = :id and account_id = :owner and revoked_at is null""")
			.param("now", utc(now))
			.param("id", tokenId)
			.param("owner", owner.value())
			.update() == 1;
	}

	/**
	 * The owner of an active token with this hash, marking it used. The mark moves at most once a
	 * minute, so that a burst of reads does not turn into a burst of writes (each one forced to disk
	 * on the embedded database).
	 */
	public Optional<Account> useToken(String tokenHash, Instant now) {
		Optional<Long> owner = this.jdbc
			.sql("select account_id from access_token where token_hash = ? and revoked_at is null")
			.param(tokenHash)
			.query(Long.class)
			.optional();
		owner.ifPresent(o -> this.jdbc.sql("""
				update access_token set last_used_at = ?
				where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
			.params(utc(now), tokenHash, utc(now.minusSeconds(60)))
			.update());
		return owner.flatMap(o -> find(new AccountId(o)));
	}

	/** Ends every page session signed in with this address (their attributes go with them). */
	public void deleteSessions(Email email) {
		this.jdbc.sql("delete from spring_session where principal_name = ?").param(email.value()).update();
	}

	/** Ends every page session signed in with this address but {@code keep} (a session id), if given. */
	public void deleteSessions(Email email, Optional<String> keep) {
		if (keep.isEmpty()) {
			deleteSessions(email);
			return;
		}
		this.jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
			.param(email.value())
			.param(keep.get())
			.update();
	}

	/** Deletes the account row; every table holding the runner's data follows by its cascade. */
	public void delete(AccountId owner) {
		this.jdbc.sql("delete from account where id = ?").param(owner.value()).update();
	}

	/** Whether the account still exists (a page session may outlive it). */
	public boolean exists(AccountId id) {
		return this.jdbc.sql("select count(*) from account where id = ?").param(id.value()).query(Long.class).single() > 0;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static Instant nullableInstant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
