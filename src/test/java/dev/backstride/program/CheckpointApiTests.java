package dev.backstride.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckInTestData;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.program.jdbc.JdbcProgramStore;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold's checkpoint in the running application: the first plan read keeps one as of four weeks
 * ago, and deleting through the API an old check-in whose morning answer it counted drops it (the
 * event reaches the program module in the deleting transaction), so the plan goes back a step.
 * Sessions and check-ins older than the two weeks the API accepts are written straight to the tables.
 */
@BackstrideTest
class CheckpointApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcProgramStore sessions;

	@Autowired
	JdbcCheckInStore checkIns;

	@Autowired
	Programs programs;

	@Test
	void deletingAnOldCheckInThatTheCheckpointCountedDropsItAndThePlanStepsBack() {
		String email = "checkpoint-" + UUID.randomUUID() + "@example.org";
		ApiClient runner = new ApiClient(this.port).signUp(email);
		List<String> answers = new ArrayList<>();
		for (RedFlagItem item : RedFlagItem.values()) {
			answers.add("\"" + item.id() + "\":false");
		}
		runner.post("/api/v1/screenings/red-flags", "{\"answers\":{" + String.join(",", answers) + "}}");
		assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(200);
		AccountId account = new AccountId(
				this.jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single());
		LocalDate today = this.programs.today();
		// two core sessions done in full, each followed by a morning the same: the reach and tuck steps up
		for (LocalDate day : List.of(today.minusDays(60), today.minusDays(58))) {
			this.sessions.save(account, new ExerciseSession(day, SessionKind.CORE, 1, Optional.empty(),
					Exercise.of(SessionKind.CORE).stream().map((e) -> History.performed(e, true)).toList()), Instant.now());
			this.checkIns.save(account,
					CheckInTestData.aCheckIn().on(day.plusDays(1)).withPain(1, 2).nextMorning(NextMorning.SAME).build(),
					Instant.now());
		}

		assertThat(reach(runner)).isEqualTo("2 P-UP");
		assertThat(this.sessions.checkpoint(account)).map(Checkpoint::asOf).contains(today.minusDays(28));
		assertThat(this.sessions.checkpoint(account).orElseThrow().state().changes()).isEqualTo(2);

		assertThat(runner.delete("/api/v1/checkins/" + today.minusDays(57)).status()).isEqualTo(204);
		assertThat(this.sessions.checkpoint(account)).as("dropped by the delete").isEmpty();
		assertThat(reach(runner)).isEqualTo("1 P-START");
		assertThat(runner.get("/api/v1/plan/history").json()).isEmpty();
		assertThat(this.sessions.checkpoint(account).orElseThrow().state().changes()).isZero();
	}

	private static String reach(ApiClient runner) {
		JsonNode plan = runner.get("/api/v1/plan").json();
		for (JsonNode exercise : plan.get("exercises")) {
			if (exercise.get("id").asString().equals("EX-REACH")) {
				return exercise.get("step").asInt() + " " + exercise.get("ruleId").asString();
			}
		}
		throw new AssertionError("no reach and tuck in " + plan);
	}

}
