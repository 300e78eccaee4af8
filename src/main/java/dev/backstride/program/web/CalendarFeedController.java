package dev.backstride.program.web;

import java.util.Optional;

import dev.backstride.program.Programs;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private calendar feed: open to whoever holds its secret address (calendar apps cannot sign
 * in), which the runner can replace or revoke at any time.
 */
@Controller
class CalendarFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Programs programs;

	CalendarFeedController(Programs programs) {
		this.programs = programs;
	}

	@GetMapping("/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret, HttpServletRequest request) {
		String link = ServletUriComponentsBuilder.fromContextPath(request).path("/program").toUriString();
		Optional<String> feed = this.programs.calendar(secret, link);
		return feed.map((body) -> ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.body(body))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body("This calendar address is not in use. Open Backstride to get a new one.\n"));
	}

}
