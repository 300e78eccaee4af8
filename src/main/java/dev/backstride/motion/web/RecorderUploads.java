package dev.backstride.motion.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.motion.Measurement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes the recorder page's JSON (session and CSRF header, like any page form) and answers with the
 * new measurement's id, which the page then opens.
 */
@RestController
class RecorderUploads {

	private final ImuUploads uploads;

	RecorderUploads(ImuUploads uploads) {
		this.uploads = uploads;
	}

	@PostMapping(path = "/motion/recordings", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> recording(AccountId runner, HttpServletRequest request) throws IOException {
		return switch (this.uploads.json(runner, request.getInputStream(), "Browser recorder",
				ImuUploads.MAX_RECORDER_SAMPLES)) {
			case Measurement.Saved saved -> ResponseEntity.created(URI.create("/motion/" + saved.id()))
				.body(Map.of("id", saved.id()));
			case Measurement.Rejected rejected -> MeasurementProblems.rejected(rejected);
			case Measurement.Busy busy -> MeasurementProblems.busy(busy);
		};
	}

}
