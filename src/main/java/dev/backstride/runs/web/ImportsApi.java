package dev.backstride.runs.web;

import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.runs.fileimport.Imports;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports over the API: send FIT, GPX or TCX files (plain or .gz) or export archives as multipart
 * parts named {@code files}; the import runs in the background and is followed by its id.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsApi {

	private final Imports imports;

	ImportsApi(Imports imports) {
		this.imports = imports;
	}

	@Operation(summary = "Import activity files or export archives (multipart parts named \"files\"); runs in the"
			+ " background: follow it at /api/v1/imports/{importId}")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Long>> start(AccountId runner, @RequestPart("files") @Nullable List<MultipartFile> files) {
		var uploads = Uploads.of(files == null ? List.of() : files);
		if (uploads.isEmpty()) {
			throw new IllegalArgumentException("The field 'files': send at least one file.");
		}
		long id = this.imports.start(runner, uploads);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("importId", id));
	}

	@Operation(summary = "An import's state, progress and each file's outcome")
	@GetMapping("/{id:\\d+}")
	ResponseEntity<?> status(AccountId runner, @PathVariable long id) {
		return this.imports.status(runner, id).<ResponseEntity<?>>map((s) -> ResponseEntity.ok(ImportView.of(s)))
			.orElseGet(() -> notFound(id));
	}

	@Operation(summary = "Cancel a running import: files already imported stay")
	@DeleteMapping("/{id:\\d+}")
	ResponseEntity<?> cancel(AccountId runner, @PathVariable long id) {
		this.imports.cancel(runner, id);
		return status(runner, id);
	}

	private static ResponseEntity<ProblemDetail> notFound(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No import " + id + ".");
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
