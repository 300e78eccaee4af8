package dev.backstride.web;

import java.util.List;

/**
 * Where a new runner is in the first run (sign-up, profile, safety questions, the word about exercise,
 * questionnaires, first check-in), derived from what their data already holds, so that it needs no
 * state of its own and resumes wherever they left off.
 *
 * @param profileDone the profile has an age
 * @param safety how the safety questions stand
 * @param riskDone the risk screen has been answered at least once
 * @param functionDone the function index has been answered at least once
 * @param checkedIn at least one check-in exists
 */
record FirstRun(boolean profileDone, Safety safety, boolean riskDone, boolean functionDone, boolean checkedIn) {

	enum Safety {

		NOT_ANSWERED, PAUSED, NEEDS_CLEARANCE, CLEARED

	}

	/** One step: its title, where it is done, why it matters, and what follows it. */
	enum Step {

		SIGN_UP("Create your account", "/signup", "Your answers stay on this server, under your account.",
				"a few facts about you."),
		PROFILE("Your profile", "/profile", "Your age changes what some safety answers mean.",
				"the safety questions."),
		SAFETY("Safety questions", "/screening",
				"A few signs need a doctor rather than self-care, so we check for them first.",
				"a word about starting to exercise."),
		CLEARANCE("Before you begin", "/screening/clearance",
				"One tick confirms you know to ask a doctor before you take on more.",
				"two short questionnaires."),
		QUESTIONNAIRES("Two short questionnaires", "/questionnaires",
				"They give you a starting point, so that you can see later whether things improve.",
				"your first check-in."),
		CHECK_IN("Your first check-in", "/checkin", "How your back feels today decides today's running advice.",
				"your home page with today's advice.");

		private final String title;

		private final String href;

		private final String why;

		private final String next;

		Step(String title, String href, String why, String next) {
			this.title = title;
			this.href = href;
			this.why = why;
			this.next = next;
		}

		String title() {
			return this.title;
		}

		String href() {
			return this.href;
		}

		String why() {
			return this.why;
		}

		String next() {
			return this.next;
		}

		/** "Step 3 of 6". */
		String position() {
			return "Step " + (ordinal() + 1) + " of " + values().length;
		}

	}

	/** Where the runner stands: finished, at a step, or waiting at one until a clinician has seen them. */
	sealed interface Progress {

		record Finished() implements Progress {
		}

		record At(Step step) implements Progress {
		}

		record WaitingForClinician(Step step) implements Progress {
		}

	}

	Progress progress() {
		if (!this.profileDone) {
			return new Progress.At(Step.PROFILE);
		}
		return switch (this.safety) {
			case NOT_ANSWERED -> new Progress.At(Step.SAFETY);
			case PAUSED -> new Progress.WaitingForClinician(Step.SAFETY);
			case NEEDS_CLEARANCE -> new Progress.At(Step.CLEARANCE);
			case CLEARED -> afterSafety();
		};
	}

	private Progress afterSafety() {
		if (!this.riskDone || !this.functionDone) {
			return new Progress.At(Step.QUESTIONNAIRES);
		}
		return this.checkedIn ? new Progress.Finished() : new Progress.At(Step.CHECK_IN);
	}

	/** Where the current step is done: the questionnaire still unanswered rather than the list of both. */
	String href(Step step) {
		if (step == Step.QUESTIONNAIRES) {
			return this.riskDone ? "/questionnaires/function" : "/questionnaires/risk";
		}
		return step.href();
	}

	/** All steps in order, for a progress list. */
	static List<Step> steps() {
		return List.of(Step.values());
	}

}
