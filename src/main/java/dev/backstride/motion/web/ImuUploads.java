package dev.backstride.motion.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.motion.ImuRecording;
import dev.backstride.motion.Measurement;
import dev.backstride.motion.Motions;
import dev.backstride.motion.csv.ImuFiles;
import dev.backstride.motion.csv.ImuReadResult;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The two ways a recording arrives, an exported file or the recorder's JSON, turned into one
 * {@link Measurement}: whatever cannot be read is a rejection with the reason, like a recording that
 * cannot be measured, and nothing is stored.
 */
@Component
class ImuUploads {

	/** The browser recorder stops at ten minutes; even at 200 Hz that stays below this. */
	static final int MAX_RECORDER_SAMPLES = 120_000;

	private final Motions motions;

	ImuUploads(Motions motions) {
		this.motions = motions;
	}

	Measurement file(AccountId owner, MultipartFile file) {
		String name = fileName(file.getOriginalFilename());
		try (InputStream in = file.getInputStream()) {
			return switch (ImuFiles.read(name, in, Motions.MAX_SAMPLES)) {
				case ImuReadResult.Unreadable unreadable -> new Measurement.Rejected(unreadable.reason());
				case ImuReadResult.Read read -> this.motions.analyse(owner, name + " — " + read.format(),
						read.recording(), read.warnings());
			};
		}
		catch (IOException ex) {
			return new Measurement.Rejected("The upload could not be read: " + ex.getMessage());
		}
	}

	/**
	 * The file's name as it may be stored and shown: without control characters (a NUL cannot be stored
	 * in PostgreSQL) or unpaired surrogates, at most 100 characters.
	 */
	static String fileName(String submitted) {
		if (submitted == null) {
			return "upload";
		}
		StringBuilder clean = new StringBuilder();
		submitted.codePoints()
			.filter(c -> !Character.isISOControl(c) && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
			.limit(100)
			.forEach(clean::appendCodePoint);
		String name = clean.toString().strip();
		return name.isEmpty() ? "upload" : name;
	}

	Measurement json(AccountId owner, InputStream body, String source, int maxSamples) {
		ImuRecording recording;
		try {
			recording = ImuJson.read(body, maxSamples);
		}
		catch (IllegalArgumentException ex) {
			return new Measurement.Rejected(ex.getMessage());
		}
		return this.motions.analyse(owner, source, recording, List.of());
	}

}
