package dev.backstride.web;

import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.checkin.CheckIns;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.Screening;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the runner's data holds and says where they are in the {@link FirstRun}. */
@Service
class FirstRuns {

	private final Accounts accounts;

	private final Screening screening;

	private final CheckIns checkIns;

	FirstRuns(Accounts accounts, Screening screening, CheckIns checkIns) {
		this.accounts = accounts;
		this.screening = screening;
		this.checkIns = checkIns;
	}

	@Transactional(readOnly = true)
	FirstRun of(AccountId runner) {
		FirstRun.Safety safety = switch (this.screening.careStatus(runner)) {
			case CareStatus.NotScreened n -> FirstRun.Safety.NOT_ANSWERED;
			case CareStatus.Paused p -> FirstRun.Safety.PAUSED;
			case CareStatus.NeedsClearance n -> FirstRun.Safety.NEEDS_CLEARANCE;
			case CareStatus.Active a -> FirstRun.Safety.CLEARED;
		};
		return new FirstRun(this.accounts.profile(runner).age().isPresent(), safety,
				this.screening.latestRisk(runner).isPresent(), this.screening.latestFunction(runner).isPresent(),
				this.checkIns.latest(runner).isPresent());
	}

	/** What a page shows of the first run; empty once it is finished. */
	@Transactional(readOnly = true)
	Optional<View> view(AccountId runner) {
		FirstRun run = of(runner);
		return switch (run.progress()) {
			case FirstRun.Progress.Finished f -> Optional.empty();
			case FirstRun.Progress.At at -> Optional.of(View.of(run, at.step(), false));
			case FirstRun.Progress.WaitingForClinician w -> Optional.of(View.of(run, w.step(), true));
		};
	}

	/** One step in the progress list: its title and whether it is done, current or still to come. */
	record StepView(String title, String state) {
	}

	/**
	 * The current step as pages show it.
	 *
	 * @param waiting the first run waits until a clinician has seen the runner
	 */
	record View(int number, int total, String position, String title, String why, String next, String href,
			boolean waiting, List<StepView> steps) {

		static View of(FirstRun run, FirstRun.Step step, boolean waiting) {
			List<StepView> steps = FirstRun.steps()
				.stream()
				.map((s) -> new StepView(s.title(),
						s.ordinal() < step.ordinal() ? "done" : (s == step ? "current" : "later")))
				.toList();
			String href = waiting ? "/screening/status" : run.href(step);
			return new View(step.ordinal() + 1, FirstRun.steps().size(), step.position(), step.title(), step.why(),
					step.next(), href, waiting, steps);
		}

	}

}
