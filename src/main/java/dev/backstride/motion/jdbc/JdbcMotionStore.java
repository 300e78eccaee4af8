package dev.backstride.motion.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.motion.MotionAnalysis;
import dev.backstride.motion.MotionReport;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.Obliquity;
import dev.backstride.motion.Summary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pelvis measurements in {@code motion_analysis}: the headline numbers as columns, for lists without
 * parsing, and the whole report as JSON text. Every statement is scoped by the account, so a runner
 * can never read another runner's measurement, even by guessing its number.
 */
@Repository
public class JdbcMotionStore {

	private static final String SUMMARY_COLUMNS = """
			id, created_at, source, duration_s, strides, cadence_spm, tilt_mean, tilt_sd, obliquity_mean,
			obliquity_sd, drop_left, drop_right, rotation_mean, rotation_sd, asymmetry_pct""";

	private static final int SOURCE_LENGTH = 200;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public JdbcMotionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores one analysis and returns its id. */
	public long save(AccountId owner, Instant createdAt, String source, int samples, double durationSeconds,
			MotionReport report) {
		KeyHolder keys = new GeneratedKeyHolder();
		Obliquity o = report.obliquity();
		this.jdbc.sql("""
				insert into motion_analysis (account_id, created_at, source, samples, duration_s, strides,
				cadence_spm, tilt_mean, tilt_sd, obliquity_mean, obliquity_sd, drop_left, drop_right,
				rotation_mean, rotation_sd, asymmetry_pct, report)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(owner.value(), OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC), clip(source), samples,
					decimal(durationSeconds, 2), report.strides().size(), decimal(report.cadence().mean(), 1),
					decimal(report.tilt().mean(), 2), decimal(report.tilt().sd(), 2),
					decimal(o.excursion().mean(), 2), decimal(o.excursion().sd(), 2), decimal(o.leftDrop().mean(), 2),
					decimal(o.rightDrop().mean(), 2), decimal(report.rotation().mean(), 2),
					decimal(report.rotation().sd(), 2), decimal(report.asymmetry().dropPercent(), 1),
					this.json.writeValueAsString(report))
			.update(keys, "id");
		return Objects.requireNonNull(keys.getKeyAs(Number.class), "generated id").longValue();
	}

	public Optional<MotionAnalysis> find(AccountId owner, long id) {
		return this.jdbc.sql("select id, created_at, source, samples, duration_s, report from motion_analysis"
				+ " where account_id = ? and id = ?")
			.params(owner.value(), id)
			.query((rs, n) -> analysis(rs))
			.optional();
	}

	/** The owner's first analysis: the baseline that later ones are compared with. */
	public Optional<MotionAnalysis> first(AccountId owner) {
		return this.jdbc.sql("select id, created_at, source, samples, duration_s, report from motion_analysis"
				+ " where account_id = ? order by created_at, id fetch first 1 rows only")
			.param(owner.value())
			.query((rs, n) -> analysis(rs))
			.optional();
	}

	/** The owner's analyses, newest first, without their reports. */
	public List<MotionSummary> list(AccountId owner) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS
				+ " from motion_analysis where account_id = ? order by created_at desc, id desc")
			.param(owner.value())
			.query((rs, n) -> summary(rs))
			.list();
	}

	private MotionAnalysis analysis(ResultSet rs) throws SQLException {
		return new MotionAnalysis(rs.getLong("id"), instant(rs), rs.getString("source"), rs.getInt("samples"),
				rs.getBigDecimal("duration_s").doubleValue(),
				this.json.readValue(rs.getString("report"), MotionReport.class));
	}

	private static MotionSummary summary(ResultSet rs) throws SQLException {
		return new MotionSummary(rs.getLong("id"), instant(rs), rs.getString("source"), number(rs, "duration_s"),
				rs.getInt("strides"), number(rs, "cadence_spm"), summary(rs, "tilt_mean", "tilt_sd"),
				summary(rs, "obliquity_mean", "obliquity_sd"), number(rs, "drop_left"), number(rs, "drop_right"),
				summary(rs, "rotation_mean", "rotation_sd"), number(rs, "asymmetry_pct"));
	}

	private static Summary summary(ResultSet rs, String mean, String sd) throws SQLException {
		return new Summary(number(rs, mean), number(rs, sd));
	}

	private static double number(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column).doubleValue();
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		return rs.getObject("created_at", OffsetDateTime.class).toInstant();
	}

	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	private static String clip(String source) {
		String clean = source.strip();
		return clean.length() <= SOURCE_LENGTH ? clean : clean.substring(0, SOURCE_LENGTH - 1) + "…";
	}

}
