package dev.backstride.runs.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import dev.backstride.account.AccountId;
import dev.backstride.runs.OriginalFile;
import dev.backstride.runs.Run;
import dev.backstride.runs.RunNotFound;
import dev.backstride.runs.Runs;
import dev.backstride.runs.Terrain;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The run log over the API (bearer token): log a run, list runs over a span of days, one run, its file. */
@RestController
@RequestMapping("/api/v1/runs")
class RunsApi {

	/** Without {@code from}, a list covers this many days up to {@code to}. */
	static final int DEFAULT_SPAN_DAYS = 365;

	private final Runs runs;

	RunsApi(Runs runs) {
		this.runs = runs;
	}

	record TerrainChange(@Nullable String terrain) {
	}

	@Operation(summary = "Log a run by hand: distance in metres (distanceMeters), duration in seconds")
	@PostMapping
	ResponseEntity<RunView> log(AccountId runner, @RequestBody @Nullable RunForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the run as a JSON object.");
		}
		Run run = this.runs.log(runner, body.toRun(this.runs.today()));
		return ResponseEntity.created(URI.create("/api/v1/runs/" + run.id())).body(RunView.of(run));
	}

	@Operation(summary = "Your runs from one day to another (dates like 2026-03-14, both included; without them the"
			+ " last 365 days), oldest first")
	@GetMapping
	List<RunView> list(AccountId runner, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate end = to == null ? this.runs.today() : day("to", to);
		LocalDate start = from == null ? end.minusDays(DEFAULT_SPAN_DAYS - 1) : day("from", from);
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("The query parameter 'to' must not be before 'from'.");
		}
		if (end.toEpochDay() - start.toEpochDay() >= this.runs.settings().maxSpanDays()) {
			throw new IllegalArgumentException("Ask for at most " + this.runs.settings().maxSpanDays()
					+ " days at a time (the query parameters 'from' and 'to').");
		}
		return this.runs.runsBetween(runner, start, end).stream().map(RunView::of).toList();
	}

	@Operation(summary = "One of your runs")
	@GetMapping("/{id:\\d+}")
	RunView one(AccountId runner, @PathVariable long id) {
		return this.runs.find(runner, id).map(RunView::of).orElseThrow(() -> new RunNotFound(id));
	}

	@Operation(summary = "Correct a run's terrain: ROAD, TRACK, TREADMILL or TRAIL (it is then no longer a guess)")
	@PatchMapping("/{id:\\d+}")
	RunView correct(AccountId runner, @PathVariable long id, @RequestBody @Nullable TerrainChange body) {
		if (body == null || body.terrain() == null) {
			throw new IllegalArgumentException("The field 'terrain': give ROAD, TRACK, TREADMILL or TRAIL.");
		}
		Terrain terrain;
		try {
			terrain = Terrain.valueOf(body.terrain().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The field 'terrain': give ROAD, TRACK, TREADMILL or TRAIL.");
		}
		return RunView.of(this.runs.correctTerrain(runner, id, terrain));
	}

	@Operation(summary = "The file a run was imported from, as it was uploaded")
	@GetMapping("/{id:\\d+}/original")
	ResponseEntity<byte[]> original(AccountId runner, @PathVariable long id) {
		OriginalFile file = this.runs.original(runner, id).orElseThrow(() -> new RunNotFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

	@ExceptionHandler(RunNotFound.class)
	ResponseEntity<ProblemDetail> notFound(RunNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static LocalDate day(String field, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"The query parameter '" + field + "' must be a date like 2026-03-14.");
		}
	}

}
