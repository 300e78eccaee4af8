package dev.backstride.runs.web;

import java.util.List;

import dev.backstride.runs.fileimport.Imports;
import org.springframework.web.multipart.MultipartFile;

/** Multipart parts as the importer takes them, with names fit to store and show. */
final class Uploads {

	private Uploads() {
	}

	static List<Imports.UploadedFile> of(List<MultipartFile> files) {
		return files.stream()
			.filter((f) -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))
			.map((f) -> new Imports.UploadedFile(name(f.getOriginalFilename()), f::getInputStream))
			.toList();
	}

	/** Without control characters or half characters, at most 200 characters, never empty. */
	static String name(String submitted) {
		if (submitted == null) {
			return "upload";
		}
		StringBuilder clean = new StringBuilder();
		submitted.codePoints()
			.filter((c) -> !Character.isISOControl(c) && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
			.limit(200)
			.forEach(clean::appendCodePoint);
		String name = clean.toString().strip();
		return name.isEmpty() ? "upload" : name;
	}

}
