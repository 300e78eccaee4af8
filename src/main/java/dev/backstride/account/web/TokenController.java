package dev.backstride.account.web;

import dev.backstride.account.AccessToken;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal access tokens for the API: create (shown once), list, revoke. */
@Controller
class TokenController {

	private final Accounts accounts;

	private static final int PAGE_SIZE = PageRequest.DEFAULT_LIMIT;

	TokenController(Accounts accounts) {
		this.accounts = accounts;
	}

	record TokenRow(long id, String name, String created, String lastUsed, boolean active) {
	}

	/**
	 * The new token for the one page after the redirect. Flash attributes travel in the session, which
	 * lives serialised in the database, so this is a small serialisable record; it is gone from the
	 * session as soon as that page has been shown.
	 */
	record IssuedFlash(String name, String secret) implements java.io.Serializable {

		@Override
		public String toString() {
			return "IssuedFlash[" + this.name + ", secret hidden]";
		}

	}

	@GetMapping("/tokens")
	String list(AccountId runner, @RequestParam(required = false) String cursor, Model model) {
		var format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());
		PageRequest request = PageRequest.first(PAGE_SIZE);
		try {
			request = PageRequest.parse(null, cursor, 2);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", "That page of tokens no longer exists; here are your newest ones.");
		}
		Page<AccessToken> page = this.accounts.tokens(runner, request);
		model.addAttribute("tokens", page.items()
			.stream()
			.map(t -> new TokenRow(t.id(), t.name(), format.format(t.createdAt()),
					t.lastUsedAt().map(format::format).orElse("never"), t.active()))
			.toList());
		model.addAttribute("older", page.next().map(Cursor::token).orElse(null));
		model.addAttribute("paged", request.after().isPresent());
		return "account/tokens";
	}

	@PostMapping("/tokens")
	String create(AccountId runner, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		try {
			var issued = this.accounts.issueToken(runner, name);
			redirect.addFlashAttribute("issued", new IssuedFlash(issued.token().name(), issued.secret()));
		}
		catch (IllegalArgumentException | QuotaExceeded ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(AccountId runner, @PathVariable long id, RedirectAttributes redirect) {
		if (this.accounts.revokeToken(runner, id)) {
			redirect.addFlashAttribute("notice", "Token revoked.");
		}
		else {
			redirect.addFlashAttribute("error", "You have no active token with that id.");
		}
		return "redirect:/tokens";
	}

}
