package dev.backstride.runs.web;

import java.net.URI;

import dev.backstride.account.AccountId;
import dev.backstride.runs.Run;
import dev.backstride.runs.Runs;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The after-run form of the "about to run" page: a run logged by hand with the API's JSON, sent with
 * the page's session cookie and CSRF header, and an {@code Idempotency-Key} so that a run kept offline
 * is stored once however often it is sent.
 */
@RestController
class AfterRunLog {

	private final Runs runs;

	AfterRunLog(Runs runs) {
		this.runs = runs;
	}

	@PostMapping(path = "/runs/log", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RunView> log(AccountId runner, @RequestBody @Nullable RunForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the run as a JSON object.");
		}
		Run run = this.runs.log(runner, body.toRun(this.runs.today()));
		return ResponseEntity.created(URI.create("/api/v1/runs/" + run.id())).body(RunView.of(run));
	}

}
