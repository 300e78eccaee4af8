package dev.backstride.account.security;

import dev.backstride.account.Account;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a runner in right after sign-up, with a fresh session id. */
@Component
public class SessionLogin {

	private final SecurityContextRepository contexts;

	SessionLogin(SecurityContextRepository contexts) {
		this.contexts = contexts;
	}

	public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		var user = new RunnerUser(account.id(), account.email().value(), "");
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.contexts.saveContext(context, request, response);
	}

}
