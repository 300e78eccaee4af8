package dev.backstride.program.web;

import java.net.URI;

import dev.backstride.account.AccountId;
import dev.backstride.program.Programs;
import dev.backstride.program.SessionLogged;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The player page's way to log a session: the API's JSON, sent with the page's session cookie and CSRF
 * header, and an {@code Idempotency-Key} so that a session finished offline is stored once however
 * often the outbox sends it.
 */
@RestController
class PlayerSessions {

	private final Programs programs;

	PlayerSessions(Programs programs) {
		this.programs = programs;
	}

	@PostMapping(path = "/program/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SessionLogged> log(AccountId runner, @RequestBody @Nullable SessionForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the session as a JSON object.");
		}
		SessionLogged logged = this.programs.log(runner, body.toSession(this.programs.today()));
		return ResponseEntity.created(URI.create("/api/v1/sessions")).body(logged);
	}

}
