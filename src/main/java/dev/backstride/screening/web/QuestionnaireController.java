package dev.backstride.screening.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.screening.FunctionAnswers;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.MeaningfulChange;
import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.Screening;
import dev.backstride.screening.Submission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The adapted risk screen (M-RISK) and function index (M-FUNC): forms drawn from their definitions. */
@Controller
class QuestionnaireController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy")
		.withZone(ZoneId.systemDefault());

	private final Screening screening;

	QuestionnaireController(Screening screening) {
		this.screening = screening;
	}

	record Row(String date, String score, String label, String change) {
	}

	@GetMapping("/questionnaires")
	String index(AccountId runner, @RequestParam(required = false) String riskCursor,
			@RequestParam(required = false) String functionCursor, Model model) {
		var due = this.screening.measuresDue(runner);
		model.addAttribute("riskDue", due.risk());
		model.addAttribute("functionDue", due.function());
		model.addAttribute("latestRisk", this.screening.latestRisk(runner).orElse(null));
		model.addAttribute("latestFunction", this.screening.latestFunction(runner).orElse(null));
		PageRequest riskPage = pageOf(riskCursor, model);
		PageRequest functionPage = pageOf(functionCursor, model);
		Page<RiskResponse> risks = this.screening.riskHistory(runner, riskPage);
		Page<FunctionResponse> functions = this.screening.functionHistory(runner, functionPage);
		// the row after each page's last, so that its change can be shown too
		List<RiskResponse> riskList = withNext(risks, (next) -> this.screening.riskHistory(runner, next));
		List<FunctionResponse> functionList = withNext(functions, (next) -> this.screening.functionHistory(runner, next));
		model.addAttribute("riskRows", riskRows(riskList).subList(0, risks.items().size()));
		model.addAttribute("functionRows", functionRows(functionList).subList(0, functions.items().size()));
		model.addAttribute("olderRisk", risks.next().map(Cursor::token).orElse(null));
		model.addAttribute("olderFunction", functions.next().map(Cursor::token).orElse(null));
		model.addAttribute("paged", riskPage.after().isPresent() || functionPage.after().isPresent());
		model.addAttribute("questionnaires", this.screening.questionnaires());
		return "questionnaires/index";
	}

	private static PageRequest pageOf(String cursor, Model model) {
		try {
			return PageRequest.parse(null, cursor, 2);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", "That page of answers no longer exists; here are your newest ones.");
			return PageRequest.first(PageRequest.DEFAULT_LIMIT);
		}
	}

	private static <T> List<T> withNext(Page<T> page, Function<PageRequest, Page<T>> read) {
		List<T> list = new ArrayList<>(page.items());
		page.next().ifPresent((cursor) -> list.addAll(read.apply(new PageRequest(1, Optional.of(cursor))).items()));
		return list;
	}

	private static List<Row> riskRows(List<RiskResponse> newestFirst) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < newestFirst.size(); i++) {
			RiskResponse r = newestFirst.get(i);
			String change = i + 1 < newestFirst.size()
					? MeaningfulChange.risk(newestFirst.get(i + 1).score().stratum(), r.score().stratum()).label()
					: "first";
			rows.add(new Row(DAY.format(r.answeredAt()), r.score().total() + " of 9",
					capitalised(r.score().stratum().words()), change));
		}
		return rows;
	}

	private static List<Row> functionRows(List<FunctionResponse> newestFirst) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < newestFirst.size(); i++) {
			FunctionResponse f = newestFirst.get(i);
			String change = i + 1 < newestFirst.size() ? MeaningfulChange
				.function(newestFirst.get(i + 1).score().percent(), f.score().percent())
				.label() : "first";
			rows.add(new Row(DAY.format(f.answeredAt()), f.score().percent() + "%",
					capitalised(f.score().band().words()), change));
		}
		return rows;
	}

	private static String capitalised(String words) {
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	@GetMapping("/questionnaires/{id}")
	String form(AccountId runner, @PathVariable String id, Model model) {
		model.addAttribute("questionnaire", definition(id));
		model.addAttribute("answers", Map.of());
		return "questionnaires/form";
	}

	@PostMapping("/questionnaires/{id}")
	String submit(AccountId runner, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		Questionnaire questionnaire = definition(id);
		List<String> codes = new ArrayList<>();
		for (Questionnaire.Item item : questionnaire.items()) {
			String code = form.get(item.linkId());
			codes.add(code == null || code.isBlank() ? null : code);
		}
		try {
			if ("risk".equals(id)) {
				Submission<RiskResponse> submission = this.screening.answerRisk(runner,
						this.screening.questionnaires().riskAnswers(codes));
				RiskResponse response = submission.response();
				redirect.addFlashAttribute("notice", repeatNote(submission) + "Risk screen scored: "
						+ response.score().total() + " of 9, " + response.score().stratum().words()
						+ ". " + response.care().advice());
			}
			else {
				Submission<FunctionResponse> submission = this.screening.answerFunction(runner,
						this.screening.questionnaires().functionAnswers(codes));
				FunctionResponse response = submission.response();
				redirect.addFlashAttribute("notice", repeatNote(submission) + "Function index scored: "
						+ response.score().percent() + "% ("
						+ response.score().band().words() + ").");
			}
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("questionnaire", questionnaire);
			model.addAttribute("answers", form);
			model.addAttribute("error", unanswered(questionnaire, codes));
			return "questionnaires/form";
		}
		catch (QuotaExceeded ex) {
			model.addAttribute("questionnaire", questionnaire);
			model.addAttribute("answers", form);
			model.addAttribute("error", ex.getMessage());
			return "questionnaires/form";
		}
		// on to the next step of the first run, if there is one, else back to the scores
		return "redirect:/next?from=/questionnaires";
	}

	private static String repeatNote(Submission<?> submission) {
		return switch (submission) {
			case Submission.Repeated<?> r -> "You sent these same answers a moment ago; they were already saved, so"
					+ " nothing was added. ";
			case Submission.Stored<?> s -> "";
		};
	}

	/** Which questions still need an answer, by their numbers on the page, in a sentence. */
	static String unanswered(Questionnaire questionnaire, List<String> codes) {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if (codes.get(i) == null && questionnaire.items().get(i).required()) {
				numbers.add(String.valueOf(i + 1));
			}
		}
		if (numbers.isEmpty()) {
			long optional = codes.stream().filter((code) -> code == null).count();
			return optional > 0 ? "Please answer at least " + FunctionAnswers.MIN_ANSWERED + " of the " + codes.size()
					+ " questions; you left " + optional + " without an answer." : "Please check your answers and try again.";
		}
		if (numbers.size() == 1) {
			return "Please answer question " + numbers.get(0) + ".";
		}
		String last = numbers.remove(numbers.size() - 1);
		return "Please answer questions " + String.join(", ", numbers) + " and " + last + ".";
	}

	private Questionnaire definition(String id) {
		return switch (id) {
			case "risk" -> this.screening.questionnaires().risk();
			case "function" -> this.screening.questionnaires().function();
			default -> throw new QuestionnaireNotFound(id);
		};
	}

	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class QuestionnaireNotFound extends RuntimeException {

		QuestionnaireNotFound(String id) {
			super("no questionnaire " + id);
		}

	}

}
