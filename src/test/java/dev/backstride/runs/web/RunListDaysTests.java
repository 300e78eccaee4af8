package dev.backstride.runs.web;

import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs list's "Older runs" day ({@code /runs?until=…}) from a link or typed by hand: a day it
 * cannot use, however strange, shows the year up to today rather than an error.
 */
@BackstrideTest
class RunListDaysTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "until={0}")
	@ValueSource(strings = { "-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "2025-02-30",
			"not-a-day", "", "99999999999999999999" })
	void aDayTheListCannotUseShowsTheYearUpToToday(String until) {
		String email = "list-" + UUID.randomUUID() + "@example.org";
		new ApiClient(this.port).signUp(email);
		WebClient web = new WebClient();
		assertThat(WebClient.location(web.logIn(this.port, email, ApiClient.PASSWORD))).isEqualTo("/");
		var page = web.get(this.port, "/runs?until=" + java.net.URLEncoder.encode(until, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Your runs");
	}

}
