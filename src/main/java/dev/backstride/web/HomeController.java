package dev.backstride.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		if (!(Boolean) model.getAttribute("signedIn")) {
			return "landing";
		}
		return "home";
	}

}
