package dev.backstride.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs to know. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	@ModelAttribute("signedIn")
	boolean signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * The menu entry the page belongs to, for {@code aria-current="page"}: the first part of the path
	 * ({@code /motion/12} → {@code motion}), and {@code today} for the home page.
	 */
	@ModelAttribute("currentSection")
	String currentSection(HttpServletRequest request) {
		return section(request.getRequestURI().substring(request.getContextPath().length()));
	}

	static String section(String path) {
		String first = path.replaceFirst("^/+", "").replaceFirst("/.*", "");
		return first.isEmpty() ? "today" : first;
	}

}
