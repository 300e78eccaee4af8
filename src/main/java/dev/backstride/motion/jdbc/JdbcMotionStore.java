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
import dev.backstride.limits.Cursor;
import dev.backstride.limits.PageRequest;
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
			obliquity_sd, drop_left, drop_right, rotation_mean, rotation_sd, asymmetry_pct, not_measured""";

	private static final int SOURCE_LENGTH = 200;

	private static final int REASON_LENGTH = 1000;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public JdbcMotionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The report as stored: JSON text. */
	public String reportText(MotionReport report) {
		return this.json.writeValueAsString(report);
	}

	/** Stores one analysis and returns its id. */
	public long save(AccountId owner, Instant createdAt, String source, int samples, double durationSeconds,
			MotionReport report) {
		return save(owner, createdAt, source, samples, durationSeconds, report, reportText(report));
	}

	/** Stores one analysis whose report text is {@code reportText} and returns its id. */
	public long save(AccountId owner, Instant createdAt, String source, int samples, double durationSeconds,
			MotionReport report, String reportText) {
		KeyHolder keys = new GeneratedKeyHolder();
		Obliquity o = report.obliquity();
		this.jdbc.sql("""
				insert into motion_analysis (account_id, created_at, source, samples, duration_s, strides,
				cadence_spm, tilt_mean, tilt_sd, obliquity_mean, obliquity_sd, drop_left, drop_right,
				rotation_mean, rotation_sd, asymmetry_pct, report, report_bytes, not_measured)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(owner.value(), OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC), clip(source), samples,
					decimal(durationSeconds, 2), report.strides().size(), decimal(report.cadence().mean(), 1),
					decimal(report.tilt().mean(), 2), decimal(report.tilt().sd(), 2),
					decimal(o.excursion().mean(), 2), decimal(o.excursion().sd(), 2), decimal(o.leftDrop().mean(), 2),
					decimal(o.rightDrop().mean(), 2), decimal(report.rotation().mean(), 2),
					decimal(report.rotation().sd(), 2), decimal(report.asymmetry().dropPercent(), 1),
					reportText, bytes(reportText), report.measured() ? null : clip(report.notMeasured(), REASON_LENGTH))
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

	public Optional<Long> firstId(AccountId owner) {
		return this.jdbc.sql("select id from motion_analysis where account_id = ? and not_measured is null order by created_at, id fetch first 1 rows only")
			.param(owner.value())
			.query(Long.class)
			.optional();
	}

	/** The owner's first analysis: the baseline that later ones are compared with. */
	public Optional<MotionAnalysis> first(AccountId owner) {
		return this.jdbc.sql("select id, created_at, source, samples, duration_s, report from motion_analysis"
				+ " where account_id = ? and not_measured is null order by created_at, id fetch first 1 rows only")
			.param(owner.value())
			.query((rs, n) -> analysis(rs))
			.optional();
	}

	/** The owner's latest measured analysis. */
	public Optional<MotionAnalysis> latest(AccountId owner) {
		return this.jdbc.sql("select id, created_at, source, samples, duration_s, report from motion_analysis"
				+ " where account_id = ? and not_measured is null order by created_at desc, id desc fetch first 1 rows only")
			.param(owner.value())
			.query((rs, n) -> analysis(rs))
			.optional();
	}

	/** A page of the owner's analyses, newest first, without their reports; the cursor is (created at in µs, id). */
	public List<MotionSummary> page(AccountId owner, PageRequest page) {
		Optional<Cursor> after = page.after();
		OffsetDateTime at = OffsetDateTime.ofInstant(
				after.map((c) -> Cursor.instant(c.key(0))).orElse(Instant.parse("9999-12-31T00:00:00Z")), ZoneOffset.UTC);
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + """
				 from motion_analysis where account_id = :owner and created_at <= :at
				and (created_at < :at or id < :id)
				order by created_at desc, id desc fetch first :n rows only""")
			.param("owner", owner.value())
			.param("at", at)
			.param("id", after.map((c) -> c.key(1)).orElse(Long.MAX_VALUE))
			.param("n", page.fetchSize())
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** Deletes one of the owner's analyses; false when the owner has none with that id. */
	public boolean delete(AccountId owner, long id) {
		return this.jdbc.sql("delete from motion_analysis where account_id = ? and id = ?")
			.params(owner.value(), id)
			.update() == 1;
	}

	/** How many analyses the owner stored at or after {@code since}. */
	public long countSince(AccountId owner, Instant since) {
		return this.jdbc.sql("select count(*) from motion_analysis where account_id = ? and created_at >= ?")
			.params(owner.value(), OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** The bytes of all the owner's stored reports. */
	public long reportBytes(AccountId owner) {
		return this.jdbc.sql("select coalesce(sum(report_bytes), 0) from motion_analysis where account_id = ?")
			.param(owner.value())
			.query(Long.class)
			.single();
	}

	/** What a report text counts against the byte quota: its UTF-8 size. */
	public static long bytes(String reportText) {
		long bytes = 0;
		for (int i = 0; i < reportText.length(); i++) {
			char c = reportText.charAt(i);
			bytes += (c < 0x80) ? 1 : (c < 0x800) ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return bytes;
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
				summary(rs, "rotation_mean", "rotation_sd"), number(rs, "asymmetry_pct"),
				Objects.requireNonNullElse(rs.getString("not_measured"), ""));
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
		return clip(source, SOURCE_LENGTH);
	}

	private static String clip(String text, int length) {
		String clean = text.strip();
		return clean.length() <= length ? clean : clean.substring(0, length - 1) + "…";
	}

}
