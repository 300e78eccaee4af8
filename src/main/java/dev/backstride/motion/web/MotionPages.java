package dev.backstride.motion.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.motion.Measurement;
import dev.backstride.motion.MotionNotFound;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.Motions;
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

	/** One line of the list page. */
	record Row(long id, String date, String source, String cadence, String tilt, String drop) {
	}

	@GetMapping("/motion")
	String list(AccountId runner, Model model) {
		List<Row> rows = this.motions.list(runner).stream().map(this::row).toList();
		model.addAttribute("rows", rows);
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
		return switch (this.uploads.file(runner, file)) {
			case Measurement.Saved saved -> {
				redirect.addFlashAttribute("notice", "Measured " + saved.report().strides().size() + " strides.");
				yield "redirect:/motion/" + saved.id();
			}
			case Measurement.Rejected rejected -> {
				redirect.addFlashAttribute("error", "That file could not be measured. " + rejected.reason());
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

	@ExceptionHandler(MotionNotFound.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", Map.of("status", 404, "title", "Not Found", "detail",
				"There is no such measurement among yours.", "signedIn", true));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	private Row row(MotionSummary s) {
		return new Row(s.id(), ReportPage.date(s.createdAt(), this.zone), s.source(),
				String.format(Locale.ROOT, "%.0f", s.cadence()), String.format(Locale.ROOT, "%.1f°", s.tilt().mean()),
				String.format(Locale.ROOT, "%.1f° / %.1f°", s.leftDrop(), s.rightDrop()));
	}

}
