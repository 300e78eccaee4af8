package dev.backstride.screening.web;

import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.RedFlag;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagScreening;
import dev.backstride.screening.Screening;
import dev.backstride.screening.TriageOutcome;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningApi {

	private final Screening screening;

	private final RunnerProfiles profiles;

	ScreeningApi(Screening screening, RunnerProfiles profiles) {
		this.screening = screening;
		this.profiles = profiles;
	}

	/** All twenty item ids of PROTOCOL §2, each true (yes) or false (no). */
	record RedFlagRequest(Map<String, Boolean> answers) {
	}

	record FlagView(String ruleId, List<String> itemIds, String reason) {

		static FlagView of(RedFlag flag) {
			return new FlagView(flag.ruleId(), flag.itemIds(), flag.reason());
		}

	}

	record RedFlagResult(String outcome, List<String> ruleIds, List<FlagView> flags, List<String> context,
			String advice) {

		static RedFlagResult of(TriageOutcome outcome) {
			String advice = switch (outcome) {
				case TriageOutcome.Emergency e ->
					"Seek urgent medical care now. Your plan is paused until a clinician has assessed you.";
				case TriageOutcome.SeeClinician s ->
					"See a doctor or physiotherapist within the next few days. Your plan is paused until then.";
				case TriageOutcome.SelfManage s -> "No danger signs in your answers: self-care can go ahead.";
			};
			return new RedFlagResult(outcome.level().name(), outcome.ruleIds(),
					outcome.flags().stream().map(FlagView::of).toList(), outcome.context(), advice);
		}

	}

	record StatusView(String status, List<String> ruleIds, String reason) {

		static StatusView of(CareStatus status) {
			return switch (status) {
				case CareStatus.NotScreened n ->
					new StatusView("NOT_SCREENED", n.ruleIds(), "Answer the safety questions first.");
				case CareStatus.NeedsClearance n -> new StatusView("NEEDS_CLEARANCE", n.ruleIds(),
						"Confirm that you have been advised to consult a doctor before starting exercise.");
				case CareStatus.Paused p -> new StatusView("PAUSED_" + p.level().name(), p.ruleIds(), p.reason());
				case CareStatus.Active a -> new StatusView("ACTIVE", a.ruleIds(), "Your plan is active.");
			};
		}

	}

	record ClearanceRequest(Boolean advised, Boolean consultedDoctor) {
	}

	@PostMapping("/red-flags")
	RedFlagResult screen(AccountId runner, @RequestBody RedFlagRequest body) {
		if (body == null || body.answers() == null) {
			throw new IllegalArgumentException("Send {\"answers\": {\"ces.bladder\": false, ...}} with all 20 item ids.");
		}
		RedFlagScreening result = this.screening.screen(runner, new RedFlagAnswers(body.answers()),
				this.profiles.of(runner));
		return RedFlagResult.of(result.outcome());
	}

	@GetMapping("/status")
	StatusView status(AccountId runner) {
		return StatusView.of(this.screening.careStatus(runner));
	}

	@PostMapping("/clinician-assessed")
	StatusView clinicianAssessed(AccountId runner) {
		this.screening.recordClinicianAssessed(runner);
		return StatusView.of(this.screening.careStatus(runner));
	}

	@PostMapping("/clearance")
	@ResponseStatus(HttpStatus.OK)
	StatusView clearance(AccountId runner, @RequestBody ClearanceRequest body) {
		if (body == null || !Boolean.TRUE.equals(body.advised())) {
			throw new IllegalArgumentException(
					"Send {\"advised\": true} to confirm you were advised to consult a doctor before starting exercise (RF-CLEAR).");
		}
		this.screening.confirmClearance(runner, Boolean.TRUE.equals(body.consultedDoctor()));
		return StatusView.of(this.screening.careStatus(runner));
	}

}
