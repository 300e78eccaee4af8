package dev.backstride.checkin.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.LastRun;
import dev.backstride.checkin.Morning;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainKind;
import dev.backstride.checkin.PainLocation;
import dev.backstride.checkin.PainScore;
import dev.backstride.checkin.PainTiming;
import dev.backstride.checkin.StoredCheckIn;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Check-ins in {@code check_in}, one row each, answer sets as comma-separated enum names. Every
 * statement is scoped by the account; the history comes newest first (by date, then by the time it
 * was recorded). Every ordered read orders by {@code account_id} first: the same rows, but H2 follows
 * the page index's order only when the {@code ORDER BY} names the column the {@code WHERE} fixes, and
 * otherwise reads and sorts all of the account's check-ins even for the latest one.
 */
@Repository
public class JdbcCheckInStore {

	private static final String COLUMNS = """
			check_in_date, pain_now, worst_pain_24h, locations, kinds, timing, pain_during_run,
			pain_changed_stride, next_morning, new_or_changed_symptoms""";

	private final JdbcClient jdbc;

	public JdbcCheckInStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(AccountId account, CheckIn checkIn, Instant recordedAt) {
		List<Object> values = new ArrayList<>(List.of(account.value(), OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC),
				checkIn.date()));
		values.addAll(answers(checkIn));
		this.jdbc.sql("insert into check_in (account_id, recorded_at, " + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values)
			.update();
	}

	/** The answers in the order of {@link #COLUMNS} after the date; absent answers as nulls. */
	private static List<Object> answers(CheckIn checkIn) {
		Optional<LastRun> run = checkIn.lastRun();
		return Arrays.asList(checkIn.painNow().value(), checkIn.worstPain24h().value(), names(checkIn.locations()),
				names(checkIn.kinds()), names(checkIn.timing()), run.map((r) -> r.painDuringRun().value()).orElse(null),
				run.map(LastRun::painRoseAndChangedStride).orElse(null),
				checkIn.nextMorning().map(NextMorning::name).orElse(null), checkIn.newOrChangedSymptoms());
	}

	/**
	 * Replaces the account's check-in for the check-in's date, if there is one; false when there is
	 * none. Databases from before one check-in per date may hold several for a date: the latest is the
	 * one that counted, and it is the one replaced.
	 */
	public boolean replace(AccountId account, CheckIn checkIn, Instant recordedAt) {
		Optional<Long> id = this.jdbc.sql("select id from check_in where account_id = ? and check_in_date = ?"
				+ " order by account_id, check_in_date desc, recorded_at desc, id desc fetch first 1 rows only")
			.params(account.value(), checkIn.date())
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return false;
		}
		List<Object> values = new ArrayList<>();
		values.add(OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
		values.addAll(answers(checkIn));
		values.addAll(List.of(id.get(), account.value()));
		this.jdbc.sql("""
				update check_in set recorded_at = ?, pain_now = ?, worst_pain_24h = ?, locations = ?, kinds = ?,
				timing = ?, pain_during_run = ?, pain_changed_stride = ?, next_morning = ?, new_or_changed_symptoms = ?
				where id = ? and account_id = ?""")
			.params(values)
			.update();
		return true;
	}

	/** The account's check-ins, newest first. */
	public List<CheckIn> history(AccountId account) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from check_in where account_id = ? order by account_id, check_in_date desc, recorded_at desc, id desc")
			.param(account.value())
			.query((rs, n) -> toCheckIn(rs))
			.list();
	}

	/**
	 * A page of the account's check-ins, newest first; the cursor is (date as epoch day, recorded at
	 * in µs, id). The leading bound on the date lets both databases read the page as one index range.
	 */
	public List<StoredCheckIn> page(AccountId account, PageRequest page) {
		Optional<Cursor> after = page.after();
		LocalDate day = after.map((c) -> LocalDate.ofEpochDay(c.key(0))).orElse(LocalDate.of(9999, 12, 31));
		OffsetDateTime at = OffsetDateTime.ofInstant(
				after.map((c) -> Cursor.instant(c.key(1))).orElse(Instant.parse("9999-12-31T00:00:00Z")), ZoneOffset.UTC);
		long id = after.map((c) -> c.key(2)).orElse(Long.MAX_VALUE);
		return this.jdbc.sql("select id, recorded_at, " + COLUMNS + """
				 from check_in where account_id = :account and check_in_date <= :day
				and (check_in_date < :day or recorded_at < :at or (recorded_at = :at and id < :id))
				order by account_id, check_in_date desc, recorded_at desc, id desc fetch first :n rows only""")
			.param("account", account.value())
			.param("day", day)
			.param("at", at)
			.param("id", id)
			.param("n", page.fetchSize())
			.query((rs, n) -> stored(rs))
			.list();
	}

	/**
	 * The account's check-ins dated {@code from} or later, newest first (as {@link #history} orders
	 * them), at most {@code limit}: one range read of the page index, the rules' columns only.
	 */
	public List<CheckIn> since(AccountId account, LocalDate from, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from check_in where account_id = ? and check_in_date >= ?
				order by account_id, check_in_date desc, recorded_at desc, id desc fetch first ? rows only""")
			.params(account.value(), from, limit)
			.query((rs, n) -> toCheckIn(rs))
			.list();
	}

	/**
	 * What the check-ins dated after {@code day} say of the day before each: the latest check-in of each
	 * date only, oldest date first, with just the two answers the exercise plan reads.
	 */
	public List<Morning> morningsAfter(AccountId account, LocalDate day) {
		List<Morning> mornings = new ArrayList<>();
		this.jdbc.sql("""
				select check_in_date, next_morning, pain_during_run from check_in
				where account_id = ? and check_in_date > ?
				order by account_id, check_in_date desc, recorded_at desc, id desc""")
			.params(account.value(), day)
			.query((ResultSet rs) -> {
				LocalDate date = rs.getObject("check_in_date", LocalDate.class);
				if (mornings.isEmpty() || !mornings.get(mornings.size() - 1).date().equals(date)) {
					mornings.add(new Morning(date,
							Optional.ofNullable(rs.getString("next_morning")).map(NextMorning::valueOf),
							Optional.ofNullable(rs.getObject("pain_during_run", Integer.class))));
				}
			});
		return mornings.reversed();
	}

	/** The account's latest check-in (as {@link #history} orders them): one index entry, however many there are. */
	public Optional<StoredCheckIn> latestStored(AccountId account) {
		return this.jdbc.sql("select id, recorded_at, " + COLUMNS + " from check_in where account_id = ?"
				+ " order by account_id, check_in_date desc, recorded_at desc, id desc fetch first 1 rows only")
			.param(account.value())
			.query((rs, n) -> stored(rs))
			.optional();
	}

	/** Check-ins recorded on the given day (whatever date they are for), the day taken in the zone given. */
	public long countRecordedOn(AccountId account, LocalDate day, ZoneId zone) {
		return this.jdbc.sql("select count(*) from check_in where account_id = ? and recorded_at >= ? and recorded_at < ?")
			.params(account.value(), day.atStartOfDay(zone).toOffsetDateTime(),
					day.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
			.query(Long.class)
			.single();
	}

	/** Deletes the owner's check-in(s) of that date; the number deleted (0 when there was none). */
	public int delete(AccountId account, LocalDate date) {
		return this.jdbc.sql("delete from check_in where account_id = ? and check_in_date = ?")
			.params(account.value(), date)
			.update();
	}

	/** The owner's check-in of that date, if any (the latest recorded, should there be several). */
	public Optional<CheckIn> on(AccountId account, LocalDate date) {
		return this.jdbc.sql("select " + COLUMNS + " from check_in where account_id = ? and check_in_date = ?"
				+ " order by account_id, check_in_date desc, recorded_at desc, id desc fetch first 1 rows only")
			.params(account.value(), date)
			.query((rs, n) -> toCheckIn(rs))
			.optional();
	}

	public long count(AccountId account) {
		return this.jdbc.sql("select count(*) from check_in where account_id = ?")
			.param(account.value())
			.query(Long.class)
			.single();
	}

	public Optional<CheckIn> latest(AccountId account) {
		return this.jdbc.sql("select " + COLUMNS + " from check_in where account_id = ?"
				+ " order by account_id, check_in_date desc, recorded_at desc, id desc fetch first 1 rows only")
			.param(account.value())
			.query((rs, n) -> toCheckIn(rs))
			.optional();
	}

	private static StoredCheckIn stored(ResultSet rs) throws SQLException {
		return new StoredCheckIn(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				toCheckIn(rs));
	}

	private static CheckIn toCheckIn(ResultSet rs) throws SQLException {
		Integer painDuring = rs.getObject("pain_during_run", Integer.class);
		boolean changedStride = rs.getBoolean("pain_changed_stride");
		Optional<LastRun> run = Optional.ofNullable(painDuring)
			.map((pain) -> new LastRun(PainScore.of(pain), changedStride));
		Optional<NextMorning> morning = Optional.ofNullable(rs.getString("next_morning")).map(NextMorning::valueOf);
		return new CheckIn(rs.getObject("check_in_date", LocalDate.class), PainScore.of(rs.getInt("pain_now")),
				PainScore.of(rs.getInt("worst_pain_24h")),
				enums(rs.getString("locations"), PainLocation.class, PainLocation::valueOf),
				enums(rs.getString("kinds"), PainKind.class, PainKind::valueOf),
				enums(rs.getString("timing"), PainTiming.class, PainTiming::valueOf), run, morning,
				rs.getBoolean("new_or_changed_symptoms"));
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> enums(String names, Class<E> type, Function<String, E> parse) {
		Set<E> set = EnumSet.noneOf(type);
		Arrays.stream(names.split(",")).filter((name) -> !name.isEmpty()).map(parse).forEach(set::add);
		return set;
	}

}
