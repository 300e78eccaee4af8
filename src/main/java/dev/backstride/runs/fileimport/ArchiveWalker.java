package dev.backstride.runs.fileimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import dev.backstride.limits.BoundedInput;
import dev.backstride.runs.RunsSettings;

/**
 * Walks one uploaded file: a single activity file, or a zip (a Strava bulk export, a Garmin Connect
 * export with zips inside) streamed entry by entry. Only one entry is in memory at a time, and never
 * more than the file-size limit of it; nested zips are streamed from inside their parent. Entries that
 * are not activity files are passed over. Entries over the size limit, nested too deeply, or named so
 * as to climb out of their folder are refused; past the entry limit the rest of the archive is not
 * read. Nothing is ever written to disk from an archive.
 */
final class ArchiveWalker {

	/** Where each activity file, refusal and newly found file goes; {@code false} stops the walk. */
	interface Sink {

		boolean file(String path, byte[] bytes, Optional<String> declaredType);

		boolean refused(String path, String reason);

		void found(int files);

	}

	private final RunsSettings settings;

	private final Sink sink;

	private StravaActivities strava = StravaActivities.none();

	private int entries;

	ArchiveWalker(RunsSettings settings, Sink sink) {
		this.settings = settings;
		this.sink = sink;
	}

	/** Activity files in a zip's central directory (nested zips count when opened), or 1 for a single file. */
	static int countFiles(Path file) {
		if (!isZip(file)) {
			return 1;
		}
		int n = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				if (ActivityFiles.looksLikeActivity(e.nextElement().getName())) {
					n++;
				}
			}
		}
		catch (IOException ex) {
			return 1;
		}
		return n;
	}

	/** Walks the file; {@code false} when the sink stopped it. */
	boolean walk(String name, Path file) throws IOException {
		if (!isZip(file)) {
			if (Files.size(file) > this.settings.maxFileBytes()) {
				return this.sink.refused(name, tooLarge());
			}
			return this.sink.file(name, Files.readAllBytes(file), Optional.empty());
		}
		this.strava = stravaTypes(file);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
			return zip(name, new ZipInputStream(in), "", 1);
		}
	}

	private boolean zip(String archive, ZipInputStream zip, String prefix, int depth) throws IOException {
		try {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++this.entries > this.settings.maxArchiveEntries()) {
					return this.sink.refused(archive, "The archive holds more than " + this.settings.maxArchiveEntries()
							+ " entries; the rest of it was not read.");
				}
				if (!entry(archive, zip, entry, prefix, depth)) {
					return false;
				}
			}
			return true;
		}
		catch (ZipException | java.io.EOFException ex) {
			return this.sink.refused(prefix.isEmpty() ? archive : prefix.substring(0, prefix.length() - 1),
					"The archive is damaged: it cannot be read to the end.");
		}
	}

	private boolean entry(String archive, ZipInputStream zip, ZipEntry entry, String prefix, int depth)
			throws IOException {
		String name = entry.getName();
		String path = prefix + name;
		if (entry.isDirectory()) {
			return true;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		boolean nested = lower.endsWith(".zip");
		if (!nested && !ActivityFiles.looksLikeActivity(name)) {
			return true;
		}
		if (climbsOut(name)) {
			return this.sink.refused(path, "Its name climbs out of its folder, so it was not read.");
		}
		if (nested) {
			if (depth >= this.settings.maxNesting()) {
				return this.sink.refused(path, "It is an archive nested more than " + this.settings.maxNesting()
						+ " deep, so it was not read.");
			}
			return zip(archive, new ZipInputStream(zip), path + "/", depth + 1);
		}
		if (depth > 1) {
			this.sink.found(1);
		}
		byte[] bytes;
		try {
			bytes = BoundedInput.keepingOpen(zip, this.settings.maxFileBytes()).readAllBytes();
		}
		catch (BoundedInput.TooLarge ex) {
			return this.sink.refused(path, tooLarge());
		}
		return this.sink.file(path, bytes, depth == 1 ? this.strava.typeOf(name) : Optional.empty());
	}

	private String tooLarge() {
		long limit = this.settings.maxFileBytes();
		return "It is larger than the limit of "
				+ (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " kB") + " for one file.";
	}

	/** An absolute name, a drive letter, a backslash or a ".." step: it would leave the archive's folder. */
	static boolean climbsOut(String name) {
		String n = name.replace('\\', '/');
		return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
				|| n.contains("/../") || n.endsWith("/..") || name.contains("\\") || name.indexOf('\0') >= 0;
	}

	private StravaActivities stravaTypes(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry csv = zip.getEntry("activities.csv");
			if (csv == null) {
				return StravaActivities.none();
			}
			try (InputStream in = BoundedInput.of(zip.getInputStream(csv), 64L * 1024 * 1024)) {
				return StravaActivities.read(in, this.settings.maxArchiveEntries());
			}
		}
		catch (IOException ex) {
			return StravaActivities.none();
		}
	}

	static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
