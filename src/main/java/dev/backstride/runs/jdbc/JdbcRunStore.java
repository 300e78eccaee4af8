package dev.backstride.runs.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import dev.backstride.account.AccountId;
import dev.backstride.runs.OriginalFile;
import dev.backstride.runs.Run;
import dev.backstride.runs.RunFeel;
import dev.backstride.runs.RunSource;
import dev.backstride.runs.RunSummary;
import dev.backstride.runs.RunningDynamics;
import dev.backstride.runs.Terrain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Runs in {@code run}, their original files in {@code run_original}. Every statement is scoped by the
 * account; the original is read through its run's owner.
 */
@Repository
public class JdbcRunStore {

	private static final String COLUMNS = """
			id, run_date, start_at, start_time_known, elapsed_seconds, moving_seconds, distance_meters,
			ascent_meters, avg_heart_rate, avg_cadence, sport, sub_sport, terrain, terrain_inferred, source,
			pain_during, pain_after, pain_changed_stride, effort, vertical_oscillation_mm, stance_time_ms,
			stance_balance_left_percent""";

	private final JdbcClient jdbc;

	public JdbcRunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the run (its id is ignored) and returns the new id. */
	public long insert(AccountId account, Run run, Instant recordedAt) {
		Optional<RunFeel> feel = run.feel();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into run (account_id, run_date, start_at, start_time_known, elapsed_seconds, moving_seconds,
				distance_meters, ascent_meters, avg_heart_rate, avg_cadence, sport, sub_sport, terrain,
				terrain_inferred, source, pain_during, pain_after, pain_changed_stride, effort,
				vertical_oscillation_mm, stance_time_ms, stance_balance_left_percent, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(account.value(), run.date(), utc(run.start()), run.startTimeKnown(), run.elapsedSeconds(),
					run.movingSeconds(), decimal(run.distanceMeters(), 1), decimal(run.ascentMeters(), 1),
					integer(run.avgHeartRate()), integer(run.avgCadence()), run.sport(), run.subSport().orElse(null),
					run.terrain().name(), run.terrainInferred(), run.source().name(),
					feel.map(RunFeel::painDuring).orElse(null), feel.map(RunFeel::painAfter).orElse(null),
					feel.map(RunFeel::painChangedStride).orElse(null), feel.map(RunFeel::effort).orElse(null),
					decimal(run.dynamics().verticalOscillationMm(), 1), decimal(run.dynamics().stanceTimeMs(), 1),
					decimal(run.dynamics().stanceBalanceLeftPercent(), 2), utc(recordedAt))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public void saveOriginal(long runId, OriginalFile file) {
		this.jdbc.sql("insert into run_original (run_id, file_name, bytes) values (?, ?, ?)")
			.params(runId, file.name(), file.bytes())
			.update();
	}

	/** The account's runs on the days from {@code from} to {@code to} (both included), oldest first, at most {@code limit}. */
	public List<Run> between(AccountId account, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from run where account_id = ? and run_date between ? and ?
				order by run_date, start_at, id fetch first ? rows only""")
			.params(account.value(), from, to, limit)
			.query((rs, n) -> run(rs))
			.list();
	}

	/** As {@link #between}, only the date, distance, terrain and the pain after (where the feel was noted). */
	public List<RunSummary> summariesBetween(AccountId account, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				select run_date, distance_meters, terrain, pain_during, pain_after
				from run where account_id = ? and run_date between ? and ?
				order by run_date, start_at, id fetch first ? rows only""")
			.params(account.value(), from, to, limit)
			.query((rs, n) -> new RunSummary(rs.getObject("run_date", LocalDate.class), rs.getDouble("distance_meters"),
					Terrain.valueOf(rs.getString("terrain")), rs.getObject("pain_during", Integer.class) == null
							? Optional.empty() : Optional.of(rs.getInt("pain_after"))))
			.list();
	}

	/** The account's runs that started within {@code window} of {@code start}: the candidates for a duplicate. */
	public List<Run> startingNear(AccountId account, Instant start, java.time.Duration window) {
		return this.jdbc.sql("select " + COLUMNS + " from run where account_id = ? and start_at between ? and ?")
			.params(account.value(), utc(start.minus(window)), utc(start.plus(window)))
			.query((rs, n) -> run(rs))
			.list();
	}

	public Optional<Run> find(AccountId account, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from run where account_id = ? and id = ?")
			.params(account.value(), id)
			.query((rs, n) -> run(rs))
			.optional();
	}

	public boolean setTerrain(AccountId account, long id, Terrain terrain) {
		return this.jdbc.sql("update run set terrain = ?, terrain_inferred = false where account_id = ? and id = ?")
			.params(terrain.name(), account.value(), id)
			.update() == 1;
	}

	public Optional<OriginalFile> original(AccountId account, long id) {
		return this.jdbc.sql("""
				select o.file_name, o.bytes from run_original o join run r on r.id = o.run_id
				where r.account_id = ? and r.id = ?""")
			.params(account.value(), id)
			.query((rs, n) -> new OriginalFile(rs.getString("file_name"), rs.getBytes("bytes")))
			.optional();
	}

	/** The day of the account's latest run, if it has any. */
	public Optional<LocalDate> latestDate(AccountId account) {
		return this.jdbc.sql("select max(run_date) from run where account_id = ?")
			.param(account.value())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	public Optional<LocalDate> latestDateBefore(AccountId account, LocalDate day) {
		return this.jdbc.sql("select max(run_date) from run where account_id = ? and run_date < ?")
			.param(account.value())
			.param(day)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	public long count(AccountId account) {
		return this.jdbc.sql("select count(*) from run where account_id = ?")
			.param(account.value())
			.query(Long.class)
			.single();
	}

	private static Run run(ResultSet rs) throws SQLException {
		Integer painDuring = rs.getObject("pain_during", Integer.class);
		Optional<RunFeel> feel = painDuring == null ? Optional.empty()
				: Optional.of(new RunFeel(painDuring, rs.getInt("pain_after"), rs.getBoolean("pain_changed_stride"),
						rs.getInt("effort")));
		return new Run(rs.getLong("id"), rs.getObject("run_date", LocalDate.class),
				rs.getObject("start_at", OffsetDateTime.class).toInstant(), rs.getBoolean("start_time_known"),
				rs.getInt("elapsed_seconds"), rs.getInt("moving_seconds"), rs.getDouble("distance_meters"),
				optionalDouble(rs, "ascent_meters"), optionalInt(rs, "avg_heart_rate"), optionalInt(rs, "avg_cadence"),
				rs.getString("sport"), Optional.ofNullable(rs.getString("sub_sport")),
				Terrain.valueOf(rs.getString("terrain")), rs.getBoolean("terrain_inferred"),
				RunSource.valueOf(rs.getString("source")), feel,
				new RunningDynamics(optionalDouble(rs, "vertical_oscillation_mm"), optionalDouble(rs, "stance_time_ms"),
						optionalDouble(rs, "stance_balance_left_percent")));
	}

	private static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
	}

	private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
		Integer value = rs.getObject(column, Integer.class);
		return value == null ? OptionalInt.empty() : OptionalInt.of(value);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
	}

	private static BigDecimal decimal(OptionalDouble value, int scale) {
		return value.isPresent() ? decimal(value.getAsDouble(), scale) : null;
	}

	private static Integer integer(OptionalInt value) {
		return value.isPresent() ? value.getAsInt() : null;
	}

}
