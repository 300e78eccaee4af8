package dev.backstride.interop.web;

import java.io.IOException;

import dev.backstride.account.AccountId;
import dev.backstride.interop.DataExport;
import dev.backstride.interop.ExportSlots;
import dev.backstride.interop.ExportTurn;
import dev.backstride.interop.FhirExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of all the runner's data on the API (token): the zip and the FHIR Bundle, written straight
 * to the response while it is read. When the account's other download or as many as the instance
 * prepares at once are running, the answer is 503 with {@code Retry-After} and nothing is read.
 */
@RestController
class ExportController {

	static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";

	private final DataExport export;

	private final FhirExport fhir;

	private final ExportSlots slots;

	ExportController(DataExport export, FhirExport fhir, ExportSlots slots) {
		this.export = export;
		this.fhir = fhir;
		this.slots = slots;
	}

	@Operation(summary = "All of your data as a zip of JSON files with your run files as uploaded")
	@ApiResponse(responseCode = "200", description = "The zip, written while it is read",
			content = @Content(mediaType = "application/zip"))
	@GetMapping("/api/v1/export")
	@Nullable ResponseEntity<ProblemDetail> zip(AccountId runner, HttpServletResponse response) throws IOException {
		return switch (this.slots.take(runner)) {
			case ExportTurn.Busy busy -> busy(busy);
			case ExportTurn.Granted granted -> {
				Downloads.write(granted.slot(), response, "application/zip", "zip",
						(out) -> this.export.writeZip(runner, out));
				yield null;
			}
		};
	}

	@Operation(summary = "Your data for a clinician, as a FHIR R4 Bundle")
	@ApiResponse(responseCode = "200", description = "The Bundle, written while it is read",
			content = @Content(mediaType = "application/fhir+json"))
	@GetMapping("/api/v1/export/fhir")
	@Nullable ResponseEntity<ProblemDetail> fhir(AccountId runner, HttpServletResponse response) throws IOException {
		return switch (this.slots.take(runner)) {
			case ExportTurn.Busy busy -> busy(busy);
			case ExportTurn.Granted granted -> {
				Downloads.write(granted.slot(), response, FHIR_JSON, "fhir.json", (out) -> this.fhir.writeBundle(runner, out));
				yield null;
			}
		};
	}

	static ResponseEntity<ProblemDetail> busy(ExportTurn.Busy busy) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, busy.reason());
		problem.setTitle("Try again later");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
