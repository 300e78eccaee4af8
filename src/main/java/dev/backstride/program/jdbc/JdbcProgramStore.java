package dev.backstride.program.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.Checkpoint;
import dev.backstride.program.CoreDays;
import dev.backstride.program.Exercise;
import dev.backstride.program.ExerciseSession;
import dev.backstride.program.LoggedSession;
import dev.backstride.program.PerformedExercise;
import dev.backstride.program.PerformedSet;
import dev.backstride.program.SessionKind;
import dev.backstride.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sessions in {@code program_session} with their sets in {@code program_set}, and the runner's
 * program settings (core days, the calendar feed's hashed secret). Every statement is scoped by the
 * account. Ordered reads order by {@code account_id} first, so that H2 follows the page index's order
 * instead of sorting the account's whole history (as {@code JdbcCheckInStore} explains).
 */
@Repository
public class JdbcProgramStore {

	private static final String SESSION_COLUMNS = "id, session_date, kind, pain_during, note, recorded_at";

	private final JdbcClient jdbc;

	public JdbcProgramStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long save(AccountId account, ExerciseSession session, Instant recordedAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into program_session (account_id, session_date, kind, pain_during, note, recorded_at)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(account.value(), session.date(), session.kind().name(), session.painDuring(),
					session.note().orElse(null), utc(recordedAt))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (PerformedExercise done : session.exercises()) {
			int number = 1;
			for (PerformedSet set : done.sets()) {
				this.jdbc.sql("insert into program_set (session_id, account_id, exercise, set_no, side, reps, hold_seconds)"
						+ " values (?, ?, ?, ?, ?, ?, ?)")
					.params(id, account.value(), done.exercise().id(), number++, set.side().map(Side::name).orElse(null),
							set.reps(), set.holdSeconds())
					.update();
			}
		}
		return id;
	}

	/**
	 * Every session of the account with its sets, in date order ({@link LoggedSession#IN_DATE_ORDER}):
	 * one read of the sessions joined with their sets, walking the page index newest first (so neither
	 * database sorts the history), turned round here.
	 */
	public List<LoggedSession> sessions(AccountId account) {
		return sessions(account, Optional.empty(), Optional.empty());
	}

	/**
	 * The sessions dated after {@code after} and up to {@code upTo} (included; either bound may be
	 * absent), with their sets, in date order: one range of the page index, read as
	 * {@link #sessions(AccountId)} reads them all.
	 */
	public List<LoggedSession> sessions(AccountId account, Optional<LocalDate> after, Optional<LocalDate> upTo) {
		List<Object> params = new ArrayList<>(List.of(account.value()));
		after.ifPresent(params::add);
		upTo.ifPresent(params::add);
		List<LoggedSession> newestFirst = new ArrayList<>();
		Row[] current = { null };
		List<SetRow> sets = new ArrayList<>();
		this.jdbc.sql("""
				select s.id, s.session_date, s.kind, s.pain_during, s.note, s.recorded_at,
				p.exercise, p.set_no, p.side, p.reps, p.hold_seconds
				from program_session s join program_set p on p.session_id = s.id and p.account_id = s.account_id
				where s.account_id = ?""" + after.map((d) -> " and s.session_date > ?").orElse("")
				+ upTo.map((d) -> " and s.session_date <= ?").orElse("")
				+ " order by s.account_id, s.session_date desc, s.recorded_at desc, s.id desc")
			.params(params)
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				if (current[0] == null || current[0].id() != id) {
					if (current[0] != null) {
						newestFirst.add(logged(current[0], sets));
					}
					current[0] = row(rs);
					sets.clear();
				}
				sets.add(new SetRow(rs.getString("exercise"), rs.getInt("set_no"), set(rs)));
			});
		if (current[0] != null) {
			newestFirst.add(logged(current[0], sets));
		}
		return newestFirst.reversed();
	}

	/** The account's checkpoint of the fold, if it has one that reads under today's rules. */
	public Optional<Checkpoint> checkpoint(AccountId account) {
		return this.jdbc.sql("select as_of, rules, positions, changes from program_checkpoint where account_id = ?")
			.param(account.value())
			.query((rs, n) -> Checkpoint.read(rs.getObject("as_of", LocalDate.class), rs.getString("rules"),
					rs.getString("positions"), rs.getInt("changes")))
			.optional()
			.flatMap((read) -> read);
	}

	/** Keeps the checkpoint in place of the account's one; the caller holds the account's write lock. */
	public void saveCheckpoint(AccountId account, Checkpoint checkpoint) {
		this.jdbc.sql("delete from program_checkpoint where account_id = ?").param(account.value()).update();
		this.jdbc.sql("insert into program_checkpoint (account_id, as_of, rules, positions, changes) values (?, ?, ?, ?, ?)")
			.params(account.value(), checkpoint.asOf(), Checkpoint.RULES, checkpoint.positions(),
					checkpoint.state().changes())
			.update();
	}

	/** Drops the account's checkpoint if it stands for {@code day} (it is as of that day or later). */
	public void dropCheckpointFrom(AccountId account, LocalDate day) {
		this.jdbc.sql("delete from program_checkpoint where account_id = ? and as_of >= ?")
			.params(account.value(), day)
			.update();
	}

	/** One set as read, with what orders it within its session: the exercise's id, then its number. */
	private record SetRow(String exercise, int number, PerformedSet set) {

		static final Comparator<SetRow> ORDER = Comparator.comparing(SetRow::exercise).thenComparingInt(SetRow::number);

	}

	/** The session with its exercises in the order of their ids and their sets in order, as {@link #page} gives them. */
	private static LoggedSession logged(Row row, List<SetRow> rows) {
		Map<Exercise, List<PerformedSet>> sets = new LinkedHashMap<>();
		for (SetRow set : rows.stream().sorted(SetRow.ORDER).toList()) {
			sets.computeIfAbsent(Exercise.byId(set.exercise()).orElseThrow(), (k) -> new ArrayList<>()).add(set.set());
		}
		List<PerformedExercise> exercises = sets.entrySet()
			.stream()
			.map((e) -> new PerformedExercise(e.getKey(), e.getValue()))
			.toList();
		return new LoggedSession(row.id(), row.recordedAt(),
				new ExerciseSession(row.date(), row.kind(), row.pain(), row.note(), exercises));
	}

	private static PerformedSet set(ResultSet rs) throws SQLException {
		return new PerformedSet(Optional.ofNullable(rs.getString("side")).map(Side::valueOf), rs.getInt("reps"),
				rs.getInt("hold_seconds"));
	}

	/** A page of sessions, newest first; the cursor is (date as epoch day, recorded at in µs, id). */
	public List<LoggedSession> page(AccountId account, PageRequest page) {
		Optional<Cursor> after = page.after();
		LocalDate day = after.map((c) -> LocalDate.ofEpochDay(c.key(0))).orElse(LocalDate.of(9999, 12, 31));
		OffsetDateTime at = utc(after.map((c) -> Cursor.instant(c.key(1))).orElse(Instant.parse("9999-12-31T00:00:00Z")));
		long id = after.map((c) -> c.key(2)).orElse(Long.MAX_VALUE);
		List<Row> rows = this.jdbc.sql("select " + SESSION_COLUMNS + """
				 from program_session where account_id = :account and session_date <= :day
				and (session_date < :day or recorded_at < :at or (recorded_at = :at and id < :id))
				order by account_id, session_date desc, recorded_at desc, id desc fetch first :n rows only""")
			.param("account", account.value())
			.param("day", day)
			.param("at", at)
			.param("id", id)
			.param("n", page.fetchSize())
			.query((rs, n) -> row(rs))
			.list();
		return withSets(account, rows, Optional.of(rows.stream().map(Row::id).toList()));
	}

	/** The days from {@code from} to {@code to} with a session of that kind, oldest first, each once. */
	public List<LocalDate> sessionDays(AccountId account, SessionKind kind, LocalDate from, LocalDate to) {
		return this.jdbc.sql("select distinct session_date from program_session where account_id = ? and kind = ?"
				+ " and session_date between ? and ? order by session_date")
			.params(account.value(), kind.name(), from, to)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list();
	}

	public long countSessions(AccountId account) {
		return count("select count(*) from program_session where account_id = ?", account);
	}

	public long countSessionsSince(AccountId account, Instant since) {
		return this.jdbc.sql("select count(*) from program_session where account_id = ? and recorded_at >= ?")
			.params(account.value(), utc(since))
			.query(Long.class)
			.single();
	}

	public Optional<CoreDays> coreDays(AccountId account) {
		return this.jdbc.sql("select core_days from program_settings where account_id = ?")
			.param(account.value())
			.query(String.class)
			.optional()
			.map((names) -> new CoreDays(Arrays.stream(names.split(","))
				.map(DayOfWeek::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)))));
	}

	/** Saves the core days; the caller holds the account's write lock, so update-then-insert cannot race. */
	public void saveCoreDays(AccountId account, CoreDays days) {
		String names = days.inWeekOrder().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
		int updated = this.jdbc.sql("update program_settings set core_days = ? where account_id = ?")
			.params(names, account.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into program_settings (account_id, core_days) values (?, ?)")
				.params(account.value(), names)
				.update();
		}
	}

	/** Keeps the calendar secret's hash (null revokes it); the caller holds the account's write lock. */
	public void saveCalendarHash(AccountId account, Optional<String> hash, Instant at, CoreDays fallback) {
		if (coreDays(account).isEmpty()) {
			saveCoreDays(account, fallback);
		}
		this.jdbc.sql("update program_settings set calendar_token_hash = ?, calendar_created_at = ? where account_id = ?")
			.params(hash.orElse(null), hash.isPresent() ? utc(at) : null, account.value())
			.update();
	}

	public Optional<Instant> calendarCreatedAt(AccountId account) {
		return this.jdbc.sql("select calendar_created_at from program_settings where account_id = ?"
				+ " and calendar_token_hash is not null")
			.param(account.value())
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	public Optional<AccountId> accountByCalendarHash(String hash) {
		return this.jdbc.sql("select account_id from program_settings where calendar_token_hash = ?")
			.param(hash)
			.query(Long.class)
			.optional()
			.map(AccountId::new);
	}

	private long count(String sql, AccountId account) {
		return this.jdbc.sql(sql).param(account.value()).query(Long.class).single();
	}

	private List<LoggedSession> withSets(AccountId account, List<Row> rows, Optional<List<Long>> only) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Exercise, List<PerformedSet>>> sets = new HashMap<>();
		String filter = only.map((ids) -> " and session_id in (:ids)").orElse("");
		var statement = this.jdbc.sql("select session_id, exercise, side, reps, hold_seconds from program_set"
				+ " where account_id = :account" + filter + " order by session_id, exercise, set_no")
			.param("account", account.value());
		if (only.isPresent()) {
			statement = statement.param("ids", only.get());
		}
		statement.query((ResultSet rs) -> {
			Exercise exercise = Exercise.byId(rs.getString("exercise")).orElseThrow();
			sets.computeIfAbsent(rs.getLong("session_id"), (k) -> new LinkedHashMap<>())
				.computeIfAbsent(exercise, (k) -> new ArrayList<>())
				.add(set(rs));
		});
		List<LoggedSession> sessions = new ArrayList<>();
		for (Row row : rows) {
			List<PerformedExercise> exercises = sets.getOrDefault(row.id(), Map.of())
				.entrySet()
				.stream()
				.map((e) -> new PerformedExercise(e.getKey(), e.getValue()))
				.toList();
			sessions.add(new LoggedSession(row.id(), row.recordedAt(),
					new ExerciseSession(row.date(), row.kind(), row.pain(), row.note(), exercises)));
		}
		return sessions;
	}

	private record Row(long id, LocalDate date, SessionKind kind, int pain, Optional<String> note, Instant recordedAt) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getObject("session_date", LocalDate.class),
				SessionKind.valueOf(rs.getString("kind")), rs.getInt("pain_during"),
				Optional.ofNullable(rs.getString("note")), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
