package dev.backstride.rules;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RuleDocsTests {

	private static final String FILE = """
			# Running with pain

			You can often keep running.
			Within limits.

			## PM-RULE: The pain-monitoring limits

			Pain may reach 5 out of 10.

			- Go: 3 or less.
			- Stop: above 5, or the pain
			  kept rising.

			Source: Thomeé, Physical Therapy 1997;
			Silbernagel et al., AJSM 2007.

			## L-WEEK: Not much more than last week

			Hold this week's distance.

			Source: Nielsen et al., JOSPT 2014.
			""";

	@Test
	void readsTheTitleTheIntroductionAndEachRuleWithItsParagraphsListsAndSource() {
		Section section = RuleDocs.parse("6.md", FILE);
		assertThat(section.title()).isEqualTo("Running with pain");
		assertThat(section.introduction()).containsExactly("You can often keep running. Within limits.");
		assertThat(section.rules()).extracting(Rule::id).containsExactly("PM-RULE", "L-WEEK");
		Rule rule = section.rules().get(0);
		assertThat(rule.title()).isEqualTo("The pain-monitoring limits");
		assertThat(rule.text()).containsExactly(new Rule.Block.Paragraph("Pain may reach 5 out of 10."),
				new Rule.Block.Items(List.of("Go: 3 or less.", "Stop: above 5, or the pain kept rising.")));
		assertThat(rule.source()).isEqualTo("Thomeé, Physical Therapy 1997; Silbernagel et al., AJSM 2007.");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			'## PM-RULE: no title first\\n\\nText.\\n\\nSource: x.'          | the first line must be the title
			'# T\\n\\n## PM-RULE: Limits\\n\\nText.'                          | must end with a
			'# T\\n\\n## PM-RULE: Limits\\n\\nSource: x.'                     | needs a title, an explanation and a source
			'# T\\n\\n## pm-rule: Limits\\n\\nText.\\n\\nSource: x.'          | a rule id is capitals
			'# T\\n\\n## PM-RULE Limits\\n\\nText.\\n\\nSource: x.'           | a rule starts with
			'# T\\n\\n## PM-RULE: Limits\\n\\n- a\\nb\\n\\nSource: x.'        | a list line starts with
			""")
	void refusesFilesOfAnotherShapeSayingWhatIsWrong(String markdown, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> RuleDocs.parse("x.md", markdown.replace("\\n", "\n")))
			.withMessageContaining(message);
	}

	@Test
	void refusesARuleExplainedTwice() {
		Section one = RuleDocs.parse("1.md", FILE);
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new Rulebook(List.of(one, one)))
			.withMessageContaining("PM-RULE is explained twice");
	}

}
