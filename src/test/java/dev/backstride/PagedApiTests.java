package dev.backstride;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.backstride.account.AccountId;
import dev.backstride.account.TokenSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list in the API answers a JSON array, as before, one page at a time: {@code ?limit=} (50 by
 * default, at most 200) and the next page named by an RFC 8288 {@code Link: <…>; rel="next"} header.
 */
@BackstrideTest
class PagedApiTests {

	private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	record Reply(int status, Optional<String> link, JsonNode json) {
	}

	@Test
	void walksEveryCheckInOnceByFollowingTheLinks() {
		ApiClient runner = new ApiClient(this.port).signUp();
		ApiClient other = new ApiClient(this.port).signUp();
		AccountId mine = accountOf(runner);
		for (int i = 0; i < 130; i++) {
			KeysetPagesTests.insertCheckIn(this.jdbc, mine, LocalDate.of(2026, 1, 1).plusDays(i % 9),
					Instant.parse("2026-01-01T08:00:00Z").plusSeconds(i % 2));
			KeysetPagesTests.insertCheckIn(this.jdbc, accountOf(other), LocalDate.of(2026, 1, 1), Instant.now());
		}
		List<JsonNode> all = new ArrayList<>();
		Reply page = get(runner, "/api/v1/checkins");
		int pages = 1;
		while (true) {
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.json().isArray()).isTrue();
			page.json().forEach(all::add);
			if (page.link().isEmpty()) {
				break;
			}
			Matcher next = NEXT.matcher(page.link().get());
			assertThat(next.matches()).isTrue();
			assertThat(next.group(1)).startsWith("/api/v1/checkins?cursor=");
			page = get(runner, next.group(1));
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(all).hasSize(130);
		List<String> dates = all.stream().map((c) -> c.get("date").asString()).toList();
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(get(runner, "/api/v1/checkins?limit=200").json()).hasSize(130);
		Reply small = get(runner, "/api/v1/checkins?limit=7");
		assertThat(small.json()).hasSize(7);
		assertThat(small.link().orElseThrow()).startsWith("</api/v1/checkins?limit=7&cursor=");
	}

	@Test
	void aCursorFromAnotherRunnerOnlyPositionsYourOwnList() {
		ApiClient runner = new ApiClient(this.port).signUp();
		ApiClient other = new ApiClient(this.port).signUp();
		for (int i = 0; i < 3; i++) {
			KeysetPagesTests.insertCheckIn(this.jdbc, accountOf(other), LocalDate.of(2026, 2, 1), Instant.now());
		}
		KeysetPagesTests.insertCheckIn(this.jdbc, accountOf(runner), LocalDate.of(2025, 2, 1), Instant.now());
		String theirNext = get(other, "/api/v1/checkins?limit=1").link().orElseThrow();
		Matcher next = NEXT.matcher(theirNext);
		assertThat(next.matches()).isTrue();
		Reply mine = get(runner, next.group(1));
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json()).singleElement().satisfies((c) -> assertThat(c.get("date").asString()).isEqualTo("2025-02-01"));
	}

	@Test
	void refusesABadLimitOrCursorInPlainWords() {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (String path : List.of("/api/v1/checkins", "/api/v1/motion", "/api/v1/tokens",
				"/api/v1/questionnaires/risk/responses", "/api/v1/questionnaires/function/responses")) {
			Reply tooMany = get(runner, path + "?limit=500");
			assertThat(tooMany.status()).as(path).isEqualTo(400);
			assertThat(tooMany.json().get("detail").asString())
				.isEqualTo("The limit must be a whole number from 1 to 200 (rows per page).");
			Reply forged = get(runner, path + "?cursor=bm90LW91cnM");
			assertThat(forged.status()).as(path).isEqualTo(400);
			assertThat(forged.json().get("detail").asString())
				.isEqualTo("The cursor is not one this list gave out. Leave it out to start again from the newest.");
		}
	}

	@Test
	void theOtherListsPageTheSameWay() {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (int i = 0; i < 4; i++) {
			runner.post("/api/v1/tokens", "{\"name\":\"t" + i + "\"}");
			runner.post("/api/v1/questionnaires/risk/responses", "{\"items\":[0,0,0,0,0,0,0,0],\"bothersomeness\":" + i + "}");
			runner.post("/api/v1/questionnaires/function/responses", "{\"sections\":[0,0,0,0,0,0,0,0,0," + i + "]}");
		}
		for (String path : List.of("/api/v1/tokens", "/api/v1/questionnaires/risk/responses",
				"/api/v1/questionnaires/function/responses")) {
			Reply first = get(runner, path + "?limit=3");
			assertThat(first.json()).as(path).hasSize(3);
			Matcher next = NEXT.matcher(first.link().orElseThrow());
			assertThat(next.matches()).isTrue();
			Reply second = get(runner, next.group(1));
			// the sign-up token makes five tokens
			assertThat(second.json()).as(path).hasSize(path.endsWith("tokens") ? 2 : 1);
			assertThat(second.link()).isEmpty();
		}
		assertThat(get(runner, "/api/v1/motion").json()).isEmpty();
		assertThat(get(runner, "/api/v1/motion").link()).isEmpty();
	}

	@Test
	void todaysCallComesFromTheLatestOf20000CheckIns() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String allNo = java.util.Arrays.stream(dev.backstride.screening.RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(java.util.stream.Collectors.joining(",", "{\"answers\":{", "}}"));
		assertThat(runner.post("/api/v1/screenings/red-flags", allNo).status()).isEqualTo(200);
		assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(200);
		// 20,000 past check-ins with pain that stops running
		dev.backstride.checkin.TodayWithManyCheckInsTests.insertMany(this.dataSource, accountOf(runner), 20_000, 8);
		assertThat(get(runner, "/api/v1/today").json().get("call").asString()).isEqualTo("STOP");
		// the account is far over the 10,000 it may keep: no more check-ins through the API
		assertThat(runner.post("/api/v1/checkins", "{\"painNow\":0,\"worstPain24h\":1}").status()).isEqualTo(409);
		this.jdbc.sql("""
				insert into check_in (account_id, check_in_date, recorded_at, pain_now, worst_pain_24h, locations, kinds,
				timing, new_or_changed_symptoms) values (?, ?, current_timestamp, 0, 1, '', '', '', false)""")
			.params(accountOf(runner).value(), LocalDate.now())
			.update();
		JsonNode call = get(runner, "/api/v1/today").json();
		assertThat(call.get("call").asString()).isEqualTo("GO");
		assertThat(call.get("reasons").get(0).asString()).contains("worst pain in the last 24 hours was 1/10");
		assertThat(get(runner, "/api/v1/checkins?limit=1").json()).singleElement()
			.satisfies((c) -> assertThat(c.get("worstPain24h").asInt()).isEqualTo(1));
	}

	private AccountId accountOf(ApiClient runner) {
		return new AccountId(this.jdbc.sql("select account_id from access_token where token_hash = ?")
			.param(TokenSecrets.hash(runner.token()))
			.query(Long.class)
			.single());
	}

	private Reply get(ApiClient runner, String path) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + runner.token())
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Link"), JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
