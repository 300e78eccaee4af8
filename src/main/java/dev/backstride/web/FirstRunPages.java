package dev.backstride.web;

import java.util.Set;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first run across pages: each step's page gets the {@code firstRun} model attribute (position,
 * why, what comes next) while the first run is not finished, and {@code /next} sends the runner on to
 * the step they are at, carrying the notice of the step just done.
 */
@Controller
@Configuration
class FirstRunPages implements WebMvcConfigurer, HandlerInterceptor {

	/** The pages where a step is done; only these pay for working out the step. */
	private static final Set<String> STEP_PAGES = Set.of("/profile", "/screening", "/screening/clearance",
			"/questionnaires", "/questionnaires/risk", "/questionnaires/function", "/checkin");

	/** The views of the steps: never an emergency or see-a-clinician page, which show nothing else. */
	private static final Set<String> STEP_VIEWS = Set.of("account/profile", "screening/redflags",
			"screening/clearance", "questionnaires/index", "questionnaires/form", "checkin/form");

	/** Where {@code /next} may return to once the first run is finished. */
	private static final Set<String> RETURNS = Set.of("/", "/questionnaires", "/checkin");

	private final FirstRuns firstRuns;

	private final Accounts accounts;

	FirstRunPages(FirstRuns firstRuns, Accounts accounts) {
		this.firstRuns = firstRuns;
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(STEP_PAGES.toArray(String[]::new));
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !STEP_VIEWS.contains(modelAndView.getViewName())) {
			return;
		}
		this.accounts.signedIn()
			.flatMap(this.firstRuns::view)
			.ifPresent((view) -> modelAndView.addObject("firstRun", view));
	}

	@GetMapping("/next")
	String next(AccountId runner, @RequestParam(required = false) String from, Model model,
			RedirectAttributes redirect) {
		// the notice of the step just done survives this second redirect only if passed on
		for (String key : new String[] { "notice", "error" }) {
			Object value = model.getAttribute(key);
			if (value != null) {
				redirect.addFlashAttribute(key, value);
			}
		}
		return this.firstRuns.view(runner)
			.map((view) -> "redirect:" + view.href())
			.orElse("redirect:" + (from != null && RETURNS.contains(from) ? from : "/"));
	}

}
