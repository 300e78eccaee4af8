package dev.backstride.program.player;

import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.CallSource;
import dev.backstride.checkin.CallView;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.Reason;
import dev.backstride.program.SessionKind;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The guided session player: the core session, and "I'm about to run" with today's call and the leg
 * swings. The page carries the dose as JSON; player.js runs it, offline too.
 */
@Controller
class PlayerPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlayerPlan plan;

	private final CallSource calls;

	/**
	 * @param calls today's full call (with the load and terrain rules), as the home page shows it, where a
	 * module provides it; else the pain-monitoring call alone
	 */
	PlayerPages(PlayerPlan plan, CheckIns checkIns, ObjectProvider<CallSource> calls) {
		this.plan = plan;
		this.calls = calls.getIfAvailable(() -> checkIns::todaysCall);
	}

	@GetMapping("/program/session")
	String session(AccountId runner, Model model) {
		model.addAttribute("title", "Core session");
		return player(runner, SessionKind.CORE, model);
	}

	@GetMapping("/program/pre-run")
	String preRun(AccountId runner, Model model) {
		CallView call = CallView.of(this.calls.callFor(runner));
		model.addAttribute("title", "About to run");
		model.addAttribute("call", call);
		model.addAttribute("callHeadline", headline(call.call()));
		// each reason with the rule behind it, for its own "why?" link
		model.addAttribute("callReasons", call.explained()
			.stream()
			.map((reason) -> new Reason(reason.ruleId(), Sentences.plain(reason.text())))
			.toList());
		model.addAttribute("runUrl", "/runs/log");
		return player(runner, SessionKind.PRE_RUN, model);
	}

	private String player(AccountId runner, SessionKind kind, Model model) {
		PlayerPlan.Routine routine = this.plan.routine(runner, kind);
		List<PlayerExercise> exercises = routine.exercises();
		model.addAttribute("kind", kind.name());
		model.addAttribute("exercises", exercises);
		model.addAttribute("planJson", JSON.writeValueAsString(exercises).replace("</", "<\\/"));
		model.addAttribute("pausedReasons", routine.pausedReasons());
		model.addAttribute("runner", Long.toString(runner.value()));
		return "program/player";
	}

	private static String headline(String call) {
		return switch (call) {
			case "GO" -> "Go: run as planned";
			case "MODIFY" -> "Run, but shorter and easier";
			case "STOP" -> "No running today";
			default -> "Running is on hold";
		};
	}

}
