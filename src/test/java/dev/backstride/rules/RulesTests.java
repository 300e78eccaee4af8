package dev.backstride.rules;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import dev.backstride.checkin.PainMonitoring;
import dev.backstride.screening.RuleIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule id of the care protocol has a page that explains it, open without signing in, so that every
 * "why?" link lands; an unknown id gets a friendly 404 that lists the rules there are.
 */
@BackstrideTest
class RulesTests {

	@LocalServerPort
	int port;

	@Autowired
	Rulebook rulebook;

	@Test
	void everyIdOfTheProtocolHasAPageOpenToAnyone() throws IOException {
		List<String> ids = protocolIds();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(48).contains("PM-RULE", "RF-CES", "EX-SWING", "K-ASYM");
		WebClient visitor = new WebClient();
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			HttpResponse<String> page = visitor.get(this.port, "/rules/" + id);
			if (page.statusCode() != 200 || !page.body().contains("Where this comes from")) {
				missing.add(id + " (" + page.statusCode() + ")");
			}
		}
		assertThat(missing).as("rule ids of the protocol without a page").isEmpty();
	}

	@Test
	void theIndexLinksEveryRuleAndExplainsNoRuleTheProtocolLacks() throws IOException {
		String index = new WebClient().get(this.port, "/rules").body();
		List<String> explained = this.rulebook.sections().stream().flatMap((s) -> s.rules().stream()).map(Rule::id).toList();
		assertThat(explained).containsExactlyInAnyOrderElementsOf(protocolIds());
		assertThat(explained).allSatisfy((id) -> assertThat(index).contains("href=\"/rules/" + id + "\""));
	}

	@Test
	void everyRuleIdTheCodeLinksToHasAPage() throws IllegalAccessException {
		List<String> used = new ArrayList<>(List.of(PainMonitoring.RULE));
		for (Field field : RuleIds.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				used.add((String) field.get(null));
			}
		}
		assertThat(used).hasSizeGreaterThan(10)
			.allSatisfy((id) -> assertThat(this.rulebook.rule(id)).as(id).isPresent());
	}

	@Test
	void anUnknownIdGetsAFriendlyNotFoundPageWithTheListOfRules() {
		WebClient visitor = new WebClient();
		for (String id : List.of("NO-SUCH-RULE", "pm-rule", "x".repeat(300))) {
			HttpResponse<String> page = visitor.get(this.port, "/rules/" + id);
			assertThat(page.statusCode()).as(id).isEqualTo(404);
			assertThat(page.body()).contains("We have no rule by that name").contains("href=\"/rules/PM-RULE\"")
				.doesNotContain("x".repeat(41));
		}
	}

	@Test
	void aRulePageExplainsInPlainWordsWithItsSource() {
		String page = new WebClient().get(this.port, "/rules/PM-RULE").body();
		assertThat(page).contains("<h1>The pain-monitoring limits</h1>")
			.contains("pain may reach 5 out of 10")
			.contains("Silbernagel et al.");
	}

	static List<String> protocolIds() throws IOException {
		try (InputStream in = RulesTests.class.getResourceAsStream("/protocol/rule-ids.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter((l) -> !l.isBlank()).toList();
		}
	}

}
