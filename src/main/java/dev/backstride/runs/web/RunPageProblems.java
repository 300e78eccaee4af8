package dev.backstride.runs.web;

import dev.backstride.runs.RunNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A run or import that is not the runner's own is a plain 404 page on every run page. */
@ControllerAdvice(assignableTypes = { RunPages.class, ImportPages.class })
class RunPageProblems {

	@ExceptionHandler(RunNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("title", "Not found");
		model.addAttribute("detail", "There is no such run or import in your log.");
		model.addAttribute("signedIn", true);
		return "error";
	}

}
