package dev.backstride.database.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.backstride.account.AdminSettings;
import dev.backstride.database.Backup;
import dev.backstride.database.Backups;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/backup} with {@code Authorization: Bearer $BACKSTRIDE_ADMIN_TOKEN}: the whole
 * embedded database as a zip, taken while the app keeps serving. Without a configured token the
 * endpoint does not exist (404).
 */
@RestController
class BackupController {

	private static final Logger log = LoggerFactory.getLogger(BackupController.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Backups backups;

	private final AdminSettings admin;

	private final Clock clock;

	BackupController(Backups backups, AdminSettings admin, Clock clock) {
		this.backups = backups;
		this.admin = admin;
		this.clock = clock;
	}

	@PostMapping("/admin/backup")
	ResponseEntity<?> backup(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization)
			throws IOException {
		if (!this.admin.enabled()) {
			return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing here.");
		}
		if (authorization == null || !authorization.startsWith("Bearer ")
				|| !this.admin.accepts(authorization.substring("Bearer ".length()))) {
			return problem(HttpStatus.UNAUTHORIZED, "Administrator token needed",
					"Send the administrator token as 'Authorization: Bearer' followed by the token.");
		}
		Backup backup;
		try {
			backup = this.backups.take();
		}
		catch (IOException | RuntimeException ex) {
			log.error("The backup failed", ex);
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Backup failed",
					"The backup could not be written. The server log says why.");
		}
		return switch (backup) {
			case Backup.Elsewhere elsewhere -> problem(HttpStatus.CONFLICT, "Back up with the database's own tools",
					elsewhere.reason());
			case Backup.Taken taken -> {
				long size = Files.size(taken.zip());
				var zip = new InputStreamResource(Files.newInputStream(taken.zip(), StandardOpenOption.DELETE_ON_CLOSE));
				String name = "backstride-" + STAMP.format(this.clock.instant()) + ".zip";
				log.info("Backup of {} bytes handed out as {}", size, name);
				yield ResponseEntity.ok()
					.contentType(MediaType.parseMediaType("application/zip"))
					.contentLength(size)
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
					.body(zip);
			}
		};
	}


	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
