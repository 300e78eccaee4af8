package dev.backstride.checkin.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.CallSource;
import dev.backstride.checkin.CallView;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.LastRun;
import dev.backstride.checkin.LoggedCheckIn;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class CheckInApi {

	private final CheckIns checkIns;

	private final CallSource calls;

	/**
	 * @param calls the full call of today, where a module provides it (the insight module does in the
	 * application); else the pain-monitoring call alone, as when this module runs on its own in a test
	 */
	CheckInApi(CheckIns checkIns, ObjectProvider<CallSource> calls) {
		this.checkIns = checkIns;
		this.calls = calls.getIfAvailable(() -> checkIns::todaysCall);
	}

	record CheckInView(LocalDate date, int painNow, int worstPain24h, List<String> locations, List<String> kinds,
			List<String> timing, Integer painDuringRun, boolean painRoseAndChangedStride, String nextMorning,
			boolean newOrChangedSymptoms) {

		static CheckInView of(CheckIn c) {
			return new CheckInView(c.date(), c.painNow().value(), c.worstPain24h().value(),
					c.locations().stream().map(Enum::name).sorted().toList(),
					c.kinds().stream().map(Enum::name).sorted().toList(),
					c.timing().stream().map(Enum::name).sorted().toList(),
					c.lastRun().map(r -> r.painDuringRun().value()).orElse(null),
					c.lastRun().map(LastRun::painRoseAndChangedStride).orElse(false),
					c.nextMorning().map(Enum::name).orElse(null), c.newOrChangedSymptoms());
		}

	}

	/** {@code updated}: the runner had already checked in for that date, and this replaced it. */
	record CheckInResult(CheckInView checkIn, boolean updated, boolean screeningRequired, CallView today) {
	}

	@PostMapping("/checkins")
	ResponseEntity<CheckInResult> log(AccountId runner, @RequestBody CheckInForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the check-in as a JSON object.");
		}
		LoggedCheckIn logged = this.checkIns.log(runner, body.toCheckIn(this.checkIns.today()));
		CheckIn checkIn = logged.checkIn();
		CheckInResult result = new CheckInResult(CheckInView.of(checkIn), logged.updated(),
				checkIn.newOrChangedSymptoms(), CallView.of(this.calls.callFor(runner)));
		return logged.updated() ? ResponseEntity.ok(result)
				: ResponseEntity.created(URI.create("/api/v1/checkins")).body(result);
	}

	/** Newest first, a page at a time: the next page is named by the {@code Link} header (rel="next"). */
	@GetMapping("/checkins")
	ResponseEntity<List<CheckInView>> history(AccountId runner, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String cursor) {
		PageRequest request = PageRequest.parse(limit, cursor, 3);
		Page<CheckInView> page = this.checkIns.history(runner, request).map(CheckInView::of);
		return ResponseEntity.ok()
			.headers((h) -> page.nextLink("/api/v1/checkins", request).ifPresent((link) -> h.add(HttpHeaders.LINK, link)))
			.body(page.items());
	}

	/**
	 * Replaces the runner's own check-in of that day (the body as for POST, its date left out or the
	 * same); 404 when they have none on it: a new day's check-in is a POST.
	 */
	@PutMapping("/checkins/{date}")
	ResponseEntity<Object> replace(AccountId runner, @PathVariable String date, @RequestBody CheckInForm body) {
		if (body == null) {
			throw new IllegalArgumentException("Send the check-in as a JSON object.");
		}
		LocalDate day = CheckInDays.parse(date);
		CheckIn checkIn = body.forDay(day).toCheckIn(this.checkIns.today());
		if (this.checkIns.on(runner, day).isEmpty()) {
			return notFound(day);
		}
		LoggedCheckIn logged = this.checkIns.log(runner, checkIn);
		return ResponseEntity.ok(new CheckInResult(CheckInView.of(logged.checkIn()), logged.updated(),
				checkIn.newOrChangedSymptoms(), CallView.of(this.calls.callFor(runner))));
	}

	/** Deletes the runner's own check-in of that day; 404 when they have none on it. */
	@DeleteMapping("/checkins/{date}")
	ResponseEntity<Object> delete(AccountId runner, @PathVariable String date) {
		LocalDate day = CheckInDays.parse(date);
		if (!this.checkIns.delete(runner, day)) {
			return notFound(day);
		}
		return ResponseEntity.noContent().build();
	}

	static ResponseEntity<Object> notFound(LocalDate day) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"You have no check-in on " + CheckInDays.words(day) + ".");
		problem.setTitle("No check-in on that day");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
