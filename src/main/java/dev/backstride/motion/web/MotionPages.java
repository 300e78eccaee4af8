package dev.backstride.motion.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.motion.Measurement;
import dev.backstride.motion.MotionAnalysis;
import dev.backstride.motion.MotionNotFound;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.Motions;
import dev.backstride.motion.Wording;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The runner's pelvis pages: the list, the recorder, a file upload and the report. */
@Controller
class MotionPages {

	private final Motions motions;

	private final ImuUploads uploads;

	private final ZoneId zone;

	private final DataSize maximumUpload;

	MotionPages(Motions motions, ImuUploads uploads, ObjectProvider<Clock> clock,
			@Value("${spring.servlet.multipart.max-file-size:64MB}") DataSize maximumUpload) {
		this.motions = motions;
		this.uploads = uploads;
		this.zone = clock.getIfAvailable(Clock::systemDefaultZone).getZone();
		this.maximumUpload = maximumUpload;
	}

	/** One line of the list page; a recording whose running was not measured says so instead of numbers. */
	record Row(long id, String date, String source, boolean measured, String cadence, String tilt, String drop) {
	}

	@GetMapping("/motion")
	String list(AccountId runner, @RequestParam(required = false) @Nullable String cursor, Model model) {
		PageRequest request = PageRequest.first(PageRequest.DEFAULT_LIMIT);
		try {
			request = PageRequest.parse(null, cursor, 2);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", "That page of measurements no longer exists; here are your newest ones.");
		}
		Page<MotionSummary> page = this.motions.list(runner, request);
		model.addAttribute("rows", page.items().stream().map(this::row).toList());
		model.addAttribute("older", page.next().map(Cursor::token).orElse(null));
		model.addAttribute("paged", request.after().isPresent());
		model.addAttribute("baselineId", this.motions.baselineId(runner).orElse(null));
		var first = this.motions.baseline(runner);
		var latest = this.motions.latest(runner).filter(l -> first.isPresent() && l.id() != first.get().id());
		if (first.isPresent() && latest.isPresent()) {
			model.addAttribute("trend", Trend.of(first.get(), latest.get(), this.zone));
			model.addAttribute("charts", true);
		}
		// the page checks the size before sending: a file over the limit would only be refused after uploading
		model.addAttribute("maximumUploadBytes", this.maximumUpload.toBytes());
		model.addAttribute("maximumUploadMegabytes", this.maximumUpload.toMegabytes());
		return "motion/list";
	}

	@GetMapping("/motion/record")
	String record() {
		return "motion/record";
	}

	@PostMapping("/motion/upload")
	String upload(AccountId runner, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			redirect.addFlashAttribute("error", "Choose a file first: the zip exported from Sensor Logger or phyphox.");
			return "redirect:/motion";
		}
		Measurement measurement;
		try {
			measurement = this.uploads.file(runner, file);
		}
		catch (QuotaExceeded ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/motion";
		}
		return switch (measurement) {
			case Measurement.Saved saved -> {
				redirect.addFlashAttribute("notice", saved.report().measured()
						? "Measured " + saved.report().strides().size() + " strides."
						: "The recording was kept, but its running could not be measured.");
				yield "redirect:/motion/" + saved.id();
			}
			case Measurement.Rejected rejected -> {
				redirect.addFlashAttribute("error", "That file could not be read. " + rejected.reason());
				yield "redirect:/motion";
			}
			case Measurement.Busy busy -> {
				redirect.addFlashAttribute("error", busy.reason());
				yield "redirect:/motion";
			}
		};
	}

	@GetMapping("/motion/{id}")
	String report(AccountId runner, @PathVariable long id, Model model) {
		var analysis = this.motions.find(runner, id).orElseThrow(() -> new MotionNotFound(id));
		model.addAttribute("page", ReportPage.of(analysis, this.motions.baseline(runner),
				this.motions.dropThreshold(runner), this.zone));
		model.addAttribute("charts", true);
		return "motion/report";
	}

	@PostMapping("/motion/{id}/delete")
	String delete(AccountId runner, @PathVariable long id, RedirectAttributes redirect) {
		MotionAnalysis analysis = this.motions.find(runner, id).orElseThrow(() -> new MotionNotFound(id));
		this.motions.delete(runner, id);
		redirect.addFlashAttribute("notice",
				"The recording of " + ReportPage.date(analysis.createdAt(), this.zone) + " was deleted.");
		return "redirect:/motion";
	}

	@ExceptionHandler(MotionNotFound.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", Map.of("status", 404, "title", "Not found", "detail",
				"There is no such measurement among yours.", "signedIn", true));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	private Row row(MotionSummary s) {
		return new Row(s.id(), ReportPage.date(s.createdAt(), this.zone), s.source(), s.measured(),
				Wording.number(s.cadence(), 0), Wording.number(s.tilt().mean(), 1) + "°",
				Wording.number(s.leftDrop(), 1) + "° / " + Wording.number(s.rightDrop(), 1) + "°");
	}

}
