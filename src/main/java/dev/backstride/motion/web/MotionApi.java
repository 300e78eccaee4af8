package dev.backstride.motion.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.motion.Measurement;
import dev.backstride.motion.MotionNotFound;
import dev.backstride.motion.Motions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pelvis motion over the API (bearer token): upload a recording as a sensor-app export or as JSON, read
 * the reports back, delete them. A recording that cannot be read is a 400 problem with the reason; one
 * too short for the metrics is stored all the same, with the reason its running was not measured.
 */
@RestController
@RequestMapping("/api/v1/motion")
class MotionApi {

	private final Motions motions;

	private final ImuUploads uploads;

	MotionApi(Motions motions, ImuUploads uploads) {
		this.motions = motions;
		this.uploads = uploads;
	}

	// Both uploads share one path and method, so the API description merges them into one operation:
	// each method carries the same description of both body types.
	private static final String UPLOAD_SUMMARY = "Analyse a recording from a phone worn at the lower back: a Sensor"
			+ " Logger or phyphox export (multipart part \"file\", zip or CSV) or JSON arrays; at most "
			+ Motions.MAX_SAMPLES + " samples";

	/** The multipart form, for the API description. */
	record FileForm(@Schema(type = "string", format = "binary",
			description = "Sensor Logger or phyphox export, zip or CSV") String file) {
	}

	/** The JSON body, for the API description; the body itself is read as a stream. */
	record ImuBody(@Schema(description = "time stamps, seconds, increasing") double[] t,
			@Schema(description = "acceleration including gravity, [x, y, z] m/s², phone axes") double[][] acc,
			@Schema(description = "rotation rate, [x, y, z] rad/s, phone axes") double[][] gyro) {
	}

	@Operation(summary = UPLOAD_SUMMARY)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileForm.class)),
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImuBody.class)) })
	@ApiResponse(responseCode = "201", description = "Stored, measured or with the reason it could not be measured"
			+ " (measured: false); Location names the new measurement",
			content = @Content(schema = @Schema(implementation = MotionJson.class)))
	@ApiResponse(responseCode = "400", description = "Unreadable or broken; nothing stored",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/imu", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> uploadFile(AccountId runner, @RequestPart("file") MultipartFile file) {
		return reply(this.uploads.file(runner, file));
	}

	@Operation(summary = UPLOAD_SUMMARY)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileForm.class)),
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImuBody.class)) })
	@ApiResponse(responseCode = "201", description = "Stored, measured or with the reason it could not be measured"
			+ " (measured: false); Location names the new measurement",
			content = @Content(schema = @Schema(implementation = MotionJson.class)))
	@ApiResponse(responseCode = "400", description = "Unreadable or broken; nothing stored",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@PostMapping(path = "/imu", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> uploadJson(AccountId runner, HttpServletRequest request) throws IOException {
		return reply(this.uploads.json(runner, request.getInputStream(), "API (JSON)", Motions.MAX_SAMPLES));
	}

	@Operation(summary = "One of your measurements")
	@GetMapping("/{id:\\d+}")
	MotionJson one(AccountId runner, @PathVariable long id) {
		return this.motions.find(runner, id)
			.map(a -> MotionJson.of(a.id(), a.report()))
			.orElseThrow(() -> new MotionNotFound(id));
	}

	@Operation(summary = "Delete one of your recordings and its report")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "None of yours has this id",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@DeleteMapping("/{id:\\d+}")
	ResponseEntity<Void> delete(AccountId runner, @PathVariable long id) {
		if (!this.motions.delete(runner, id)) {
			throw new MotionNotFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Your measurements, newest first, a page at a time: the next page is named by the Link"
			+ " header (rel=\"next\")")
	@GetMapping
	ResponseEntity<List<MotionJson.Item>> list(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 2);
		Page<MotionJson.Item> page = this.motions.list(runner, request).map(MotionJson.Item::of);
		return ResponseEntity.ok()
			.headers((h) -> page.nextLink("/api/v1/motion", request).ifPresent((link) -> h.add(HttpHeaders.LINK, link)))
			.body(page.items());
	}

	@ExceptionHandler(MotionNotFound.class)
	ResponseEntity<ProblemDetail> notFound(MotionNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<?> reply(Measurement measurement) {
		return switch (measurement) {
			case Measurement.Saved saved -> ResponseEntity.created(URI.create("/api/v1/motion/" + saved.id()))
				.body(MotionJson.of(saved.id(), saved.report()));
			case Measurement.Rejected rejected -> MeasurementProblems.rejected(rejected);
			case Measurement.Busy busy -> MeasurementProblems.busy(busy);
		};
	}

}
