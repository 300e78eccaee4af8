package dev.backstride.account.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.backstride.account.AccessToken;
import dev.backstride.account.Admission;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.Email;
import dev.backstride.account.IssuedToken;
import dev.backstride.account.Password;
import dev.backstride.account.ProfileDraft;
import dev.backstride.account.Units;
import dev.backstride.account.SignUpResult;
import dev.backstride.account.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountApi {

	static final String NOT_CREATED = "We could not create an account with this email address and password. "
			+ "If you have signed up before, log in on the web page and create a token at /tokens.";

	private final Accounts accounts;

	private final LoginThrottle throttle;

	AccountApi(Accounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	record SignUpRequest(String email, String password) {
	}

	record TokenResponse(String token) {
	}

	record NewTokenRequest(String name) {
	}

	record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean active) {

		static TokenView of(AccessToken t) {
			return new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt().orElse(null),
					t.revokedAt().orElse(null), t.active());
		}

	}

	record IssuedTokenView(long id, String name, String token) {
	}

	/**
	 * A new account and its first token. A taken address gets the same 400 as any sign-up that cannot
	 * be made, worded so that it does not confirm the address: without an email round trip a caller can
	 * still tell (the token is missing), so sign-ups are also limited per client address.
	 */
	@PostMapping("/signup")
	ResponseEntity<?> signUp(@RequestBody SignUpRequest body, HttpServletRequest request) {
		if (body == null) {
			throw new IllegalArgumentException("Send {\"email\": ..., \"password\": ...}.");
		}
		Email email = new Email(body.email());
		Password password = new Password(body.password());
		if (this.throttle.reserveSignUp(request.getRemoteAddr()) instanceof Admission.Refused refused) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many sign-ups have come from your address in the last hour. Please try again in "
							+ refused.minutes() + (refused.minutes() == 1 ? " minute." : " minutes."));
			problem.setTitle("Too many sign-ups");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.minutes() * 60))
				.body(problem);
		}
		return switch (this.accounts.signUp(email, password)) {
			case SignUpResult.Created created -> {
				IssuedToken issued = this.accounts.issueToken(created.account().id(), "Created at sign-up");
				yield ResponseEntity.created(URI.create("/api/v1/profile")).body(new TokenResponse(issued.secret()));
			}
			case SignUpResult.EmailTaken taken -> {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, NOT_CREATED);
				problem.setTitle("Sign-up not possible");
				yield ResponseEntity.badRequest().body(problem);
			}
		};
	}

	@GetMapping("/profile")
	ProfileForm profile(AccountId runner) {
		return ProfileForm.of(this.accounts.profile(runner), this.accounts.units(runner));
	}

	/** Every problem with the profile in one 400 (all of its sentences); nothing saved until all are fixed. */
	@PutMapping("/profile")
	ProfileForm updateProfile(AccountId runner, @RequestBody ProfileForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the profile as a JSON object.");
		}
		Units units = body.unitsOr(this.accounts.units(runner));
		switch (body.draft().check()) {
			case ProfileDraft.Checked.Invalid invalid -> throw new IllegalArgumentException(invalid.sentences());
			case ProfileDraft.Checked.Valid valid -> this.accounts.updateProfile(runner, valid.profile(), units);
		}
		return profile(runner);
	}

	/** Newest first, a page at a time: the next page is named by the {@code Link} header (rel="next"). */
	@GetMapping("/tokens")
	ResponseEntity<List<TokenView>> tokens(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 2);
		Page<TokenView> page = this.accounts.tokens(runner, request).map(TokenView::of);
		return ResponseEntity.ok()
			.headers((h) -> page.nextLink("/api/v1/tokens", request).ifPresent((link) -> h.add(HttpHeaders.LINK, link)))
			.body(page.items());
	}

	@PostMapping("/tokens")
	ResponseEntity<IssuedTokenView> newToken(AccountId runner, @RequestBody(required = false) NewTokenRequest body) {
		IssuedToken issued = this.accounts.issueToken(runner, body == null ? null : body.name());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IssuedTokenView(issued.token().id(), issued.token().name(), issued.secret()));
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(AccountId runner, @PathVariable long id) {
		if (!this.accounts.revokeToken(runner, id)) {
			throw new NoSuchToken(id);
		}
		return ResponseEntity.noContent().build();
	}

	static class NoSuchToken extends RuntimeException {

		NoSuchToken(long id) {
			super("You have no active token with id " + id + ".");
		}

	}

	@org.springframework.web.bind.annotation.ExceptionHandler(NoSuchToken.class)
	ProblemDetail noSuchToken(NoSuchToken ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
