package dev.backstride.checkin.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainKind;
import dev.backstride.checkin.PainLocation;
import dev.backstride.checkin.PainTiming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.backstride.checkin.CheckInTestData.TODAY;
import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

class JdbcCheckInStoreTests {

	private static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesACheckInWithEveryFieldAndReadsItBack(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcCheckInStore store = new JdbcCheckInStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		CheckIn full = aCheckIn().withPain(3, 6)
			.withRun(5, true)
			.nextMorning(NextMorning.SLIGHTLY_WORSE)
			.withNewSymptoms()
			.at(Set.of(PainLocation.ONE_SIDE, PainLocation.LEG_BELOW_KNEE), Set.of(PainKind.BENDING, PainKind.ACHE),
					Set.of(PainTiming.DURING_RUN, PainTiming.AFTER_RUN))
			.build();
		store.save(runner, full, NOW);
		assertThat(store.latest(runner)).contains(full);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesACheckInWithoutRunMorningOrAnswerSets(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcCheckInStore store = new JdbcCheckInStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		CheckIn bare = aCheckIn().withPain(0, 0).at(Set.of(), Set.of(), Set.of()).build();
		store.save(runner, bare, NOW);
		assertThat(store.history(runner)).containsExactly(bare);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsHistoryNewestFirstAndApartPerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcCheckInStore store = new JdbcCheckInStore(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		AccountId b = TestAccounts.create(jdbc);
		CheckIn yesterday = aCheckIn().on(TODAY.minusDays(1)).withPain(2, 4).build();
		CheckIn morning = aCheckIn().withPain(1, 2).build();
		CheckIn evening = aCheckIn().withPain(3, 3).withRun(2).build();
		store.save(a, morning, NOW);
		store.save(a, yesterday, NOW.plusSeconds(60));
		store.save(a, evening, NOW.plusSeconds(3600));
		store.save(b, aCheckIn().withPain(7, 8).build(), NOW);
		assertThat(store.history(a)).containsExactly(evening, morning, yesterday);
		assertThat(store.latest(a)).contains(evening);
		assertThat(store.history(b)).singleElement().satisfies((c) -> assertThat(c.worstPain24h().value()).isEqualTo(8));
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void findsNothingForAnAccountWithoutCheckIns(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcCheckInStore store = new JdbcCheckInStore(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		store.save(a, aCheckIn().build(), NOW);
		AccountId b = TestAccounts.create(jdbc);
		assertThat(store.latest(b)).isEmpty();
		assertThat(store.history(b)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void replacesTheLatestCheckInOfItsOwnDateAndAccountOnly(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcCheckInStore store = new JdbcCheckInStore(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		AccountId b = TestAccounts.create(jdbc);
		CheckIn yesterday = aCheckIn().on(TODAY.minusDays(1)).withPain(2, 4).build();
		store.save(a, yesterday, NOW);
		store.save(b, aCheckIn().withPain(7, 8).build(), NOW);
		assertThat(store.replace(a, aCheckIn().withPain(1, 1).build(), NOW)).as("nothing for today yet").isFalse();
		store.save(a, aCheckIn().withPain(5, 5).build(), NOW);
		CheckIn changed = aCheckIn().withPain(0, 1).withRun(3).build();
		assertThat(store.replace(a, changed, NOW.plusSeconds(60))).isTrue();
		assertThat(store.history(a)).containsExactly(changed, yesterday);
		assertThat(store.countRecordedOn(a, TODAY, ZoneOffset.UTC)).isEqualTo(2);
		assertThat(store.history(b)).singleElement().satisfies((c) -> assertThat(c.worstPain24h().value()).isEqualTo(8));
	}

}
