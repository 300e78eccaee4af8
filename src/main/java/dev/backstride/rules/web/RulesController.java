package dev.backstride.rules.web;

import java.util.Map;

import dev.backstride.rules.Rule;
import dev.backstride.rules.Rulebook;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The "why?" pages: every rule explained, open to anyone, signed in or not. */
@Controller
class RulesController {

	private final Rulebook rulebook;

	RulesController(Rulebook rulebook) {
		this.rulebook = rulebook;
	}

	@GetMapping("/rules")
	String index(Model model) {
		model.addAttribute("sections", this.rulebook.sections());
		return "rules/index";
	}

	@GetMapping("/rules/{id}")
	ModelAndView rule(@PathVariable String id) {
		return this.rulebook.rule(id)
			.map((Rule rule) -> new ModelAndView("rules/rule",
					Map.of("rule", rule, "section", this.rulebook.sectionOf(rule))))
			.orElseGet(() -> unknown(id));
	}

	/** A friendly 404: the id asked for (shortened), and the list of rules there are. */
	private ModelAndView unknown(String id) {
		String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
		var page = new ModelAndView("rules/unknown", Map.of("id", shown, "sections", this.rulebook.sections()));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
