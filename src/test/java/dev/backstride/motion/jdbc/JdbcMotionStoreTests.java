package dev.backstride.motion.jdbc;

import java.time.Instant;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.motion.MotionAnalysis;
import dev.backstride.motion.MotionOutcome;
import dev.backstride.motion.MotionReport;
import dev.backstride.motion.MotionSamples;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.PelvisAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JdbcMotionStoreTests {

	private static final Instant MONDAY = Instant.parse("2026-03-09T07:30:00Z");

	private static final Instant TUESDAY = Instant.parse("2026-03-10T07:30:00Z");

	private static MotionReport report;

	private static MotionReport other;

	@BeforeAll
	static void analyseTwoRuns() {
		report = ((MotionOutcome.Analysed) PelvisAnalysis.analyse(MotionSamples.aRunAfterStanding(11))).report();
		other = ((MotionOutcome.Analysed) PelvisAnalysis.analyse(MotionSamples.aRun(12))).report();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsTheWholeReportAndReadsItBack(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMotionStore store = new JdbcMotionStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		long id = store.save(runner, MONDAY, "Sensor Logger export.zip", 4800, 48.0, report);
		MotionAnalysis found = store.find(runner, id).orElseThrow();
		assertThat(found.id()).isEqualTo(id);
		assertThat(found.createdAt()).isEqualTo(MONDAY);
		assertThat(found.source()).isEqualTo("Sensor Logger export.zip");
		assertThat(found.samples()).isEqualTo(4800);
		assertThat(found.durationSeconds()).isEqualTo(48.0);
		assertThat(found.report()).usingRecursiveComparison().isEqualTo(report);
		assertThat(found.report().excluded()).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void listsTheHeadlineNumbersNewestFirst(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMotionStore store = new JdbcMotionStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		long first = store.save(runner, MONDAY, "first", 4000, 40, report);
		long second = store.save(runner, TUESDAY, "second", 4000, 40, other);
		assertThat(store.list(runner)).extracting(MotionSummary::id).containsExactly(second, first);
		MotionSummary summary = store.list(runner).get(1);
		assertThat(summary.strides()).isEqualTo(report.strides().size());
		assertThat(summary.cadence()).isCloseTo(report.cadence().mean(), within(0.05));
		assertThat(summary.tilt().mean()).isCloseTo(report.tilt().mean(), within(0.005));
		assertThat(summary.leftDrop()).isCloseTo(report.obliquity().leftDrop().mean(), within(0.005));
		assertThat(summary.rightDrop()).isCloseTo(report.obliquity().rightDrop().mean(), within(0.005));
		assertThat(summary.dropAsymmetryPercent()).isCloseTo(report.asymmetry().dropPercent(), within(0.05));
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void namesTheFirstMeasurementAsTheBaseline(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMotionStore store = new JdbcMotionStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		assertThat(store.first(runner)).isEmpty();
		long first = store.save(runner, MONDAY, "first", 4000, 40, report);
		store.save(runner, TUESDAY, "second", 4000, 40, other);
		assertThat(store.first(runner)).map(MotionAnalysis::id).contains(first);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void neverShowsOneRunnersMeasurementToAnother(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMotionStore store = new JdbcMotionStore(jdbc);
		AccountId owner = TestAccounts.create(jdbc);
		AccountId stranger = TestAccounts.create(jdbc);
		long id = store.save(owner, MONDAY, "mine", 4000, 40, report);
		assertThat(store.find(stranger, id)).isEmpty();
		assertThat(store.list(stranger)).isEmpty();
		assertThat(store.first(stranger)).isEmpty();
		assertThat(store.find(owner, id)).isPresent();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void shortensAnOverlongSourceName(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcMotionStore store = new JdbcMotionStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		long id = store.save(runner, MONDAY, "x".repeat(500), 4000, 40, report);
		assertThat(store.find(runner, id).orElseThrow().source()).hasSize(200).endsWith("…");
	}

}
