package dev.backstride.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The ten sections of the adapted function index (M-FUNC), each 0–5 or unanswered (null). At least 8
 * sections must be answered. Section 8 (sex life) is optional in the questionnaire, but any two may be
 * left out.
 */
public record FunctionAnswers(List<@Nullable Integer> sections) {

	public static final int SECTIONS = 10;

	public static final int MIN_ANSWERED = 8;

	public FunctionAnswers {
		if (sections.size() != SECTIONS) {
			throw new IllegalArgumentException("the function index has 10 sections, got " + sections.size());
		}
		for (int i = 0; i < SECTIONS; i++) {
			Integer value = sections.get(i);
			if (value != null && (value < 0 || value > 5)) {
				throw new IllegalArgumentException("section " + (i + 1) + " must be 0-5: " + value);
			}
		}
		long answered = sections.stream().filter((v) -> v != null).count();
		if (answered < MIN_ANSWERED) {
			throw new IllegalArgumentException(
					"at least 8 of the 10 sections need an answer; answered: " + answered);
		}
		sections = Collections.unmodifiableList(new ArrayList<>(sections));
	}

	public static FunctionAnswers of(@Nullable Integer... sections) {
		return new FunctionAnswers(java.util.Arrays.asList(sections));
	}

	public int answered() {
		return (int) this.sections.stream().filter((v) -> v != null).count();
	}

	public int sum() {
		return this.sections.stream().filter((v) -> v != null).mapToInt(Integer::intValue).sum();
	}

}
