package dev.backstride.screening.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.screening.FunctionAnswers;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.RiskAnswers;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.Screening;
import dev.backstride.screening.Submission;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/questionnaires")
class QuestionnaireApi {

	private final Screening screening;

	QuestionnaireApi(Screening screening) {
		this.screening = screening;
	}

	/** Items 1–8 as 0 (disagree) or 1 (agree); bothersomeness 0–4. */
	record RiskRequest(List<Integer> items, Integer bothersomeness) {
	}

	record RiskResult(int total, int distress, String stratum, String ruleId, String advice, Instant answeredAt) {

		static RiskResult of(RiskResponse r) {
			return new RiskResult(r.score().total(), r.score().distress(), r.score().stratum().name(),
					r.care().ruleId(), r.care().advice(), r.answeredAt());
		}

	}

	/** Ten sections, each 0–5 or null when not answered (at least 8 answered). */
	record FunctionRequest(List<Integer> sections) {
	}

	record FunctionResult(BigDecimal percent, String band, int answered, Instant answeredAt) {

		static FunctionResult of(FunctionResponse f) {
			return new FunctionResult(f.score().percent(), f.score().band().name(), f.score().answered(),
					f.answeredAt());
		}

	}

	record DueView(LocalDate riskDue, boolean riskDueNow, LocalDate functionDue, boolean functionDueNow) {
	}

	@PostMapping("/risk/responses")
	ResponseEntity<RiskResult> risk(AccountId runner, @RequestBody RiskRequest body) {
		if (body == null || body.items() == null) {
			throw new IllegalArgumentException("Send {\"items\": [8 values 0 or 1], \"bothersomeness\": 0-4}.");
		}
		return stored(this.screening.answerRisk(runner, new RiskAnswers(body.items(), body.bothersomeness())),
				RiskResult::of, "/api/v1/questionnaires/risk/responses");
	}

	/** Newest first, a page at a time: the next page is named by the {@code Link} header (rel="next"). */
	@GetMapping("/risk/responses")
	ResponseEntity<List<RiskResult>> riskHistory(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 2);
		return withNextLink(this.screening.riskHistory(runner, request).map(RiskResult::of),
				"/api/v1/questionnaires/risk/responses", request);
	}

	@PostMapping("/function/responses")
	ResponseEntity<FunctionResult> function(AccountId runner, @RequestBody FunctionRequest body) {
		if (body == null || body.sections() == null) {
			throw new IllegalArgumentException("Send {\"sections\": [10 values 0-5 or null]}.");
		}
		return stored(this.screening.answerFunction(runner, new FunctionAnswers(body.sections())),
				FunctionResult::of, "/api/v1/questionnaires/function/responses");
	}

	/** 201 for a new response; 200 with the response stored moments ago when the same answers came again. */
	private static <T, V> ResponseEntity<V> stored(Submission<T> submission, Function<T, V> view, String location) {
		V body = view.apply(submission.response());
		return switch (submission) {
			case Submission.Stored<T> s -> ResponseEntity.created(URI.create(location)).body(body);
			case Submission.Repeated<T> r -> ResponseEntity.ok(body);
		};
	}

	/** Newest first, a page at a time: the next page is named by the {@code Link} header (rel="next"). */
	@GetMapping("/function/responses")
	ResponseEntity<List<FunctionResult>> functionHistory(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 2);
		return withNextLink(this.screening.functionHistory(runner, request).map(FunctionResult::of),
				"/api/v1/questionnaires/function/responses", request);
	}

	private static <T> ResponseEntity<List<T>> withNextLink(Page<T> page, String path, PageRequest request) {
		return ResponseEntity.ok()
			.headers((h) -> page.nextLink(path, request).ifPresent((link) -> h.add(HttpHeaders.LINK, link)))
			.body(page.items());
	}

	@GetMapping("/due")
	DueView due(AccountId runner) {
		var due = this.screening.measuresDue(runner);
		return new DueView(due.risk().date(), due.risk().dueNow(), due.function().date(), due.function().dueNow());
	}

}
