package dev.backstride.runs.web;

import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.runs.ImportStatus;
import dev.backstride.runs.RunNotFound;
import dev.backstride.runs.fileimport.Imports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: choose files, then watch the progress (the page polls a fragment while the import
 * runs, and shows the latest import when opened again), cancel, and read each file's outcome.
 */
@Controller
class ImportPages {

	private final Imports imports;

	ImportPages(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/runs/import")
	String page(AccountId runner, Model model) {
		this.imports.latest(runner).ifPresent((s) -> model.addAttribute("job", ImportPage.of(s)));
		return "runs/import";
	}

	@PostMapping("/runs/import")
	String start(AccountId runner, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		var uploads = Uploads.of(files == null ? List.of() : files);
		if (uploads.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose at least one file to import.");
			return "redirect:/runs/import";
		}
		try {
			this.imports.start(runner, uploads);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/runs/import";
	}

	@GetMapping("/runs/import/{id:\\d+}/progress")
	String progress(AccountId runner, @PathVariable long id, Model model) {
		ImportStatus status = this.imports.status(runner, id).orElseThrow(() -> new RunNotFound(id));
		model.addAttribute("job", ImportPage.of(status));
		return "runs/import :: progress";
	}

	@PostMapping("/runs/import/{id:\\d+}/cancel")
	String cancel(AccountId runner, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", this.imports.cancel(runner, id)
				? "Import cancelled. The runs imported so far stay in your log." : "That import is no longer running.");
		return "redirect:/runs/import";
	}

}
