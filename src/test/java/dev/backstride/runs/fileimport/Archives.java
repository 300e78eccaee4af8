package dev.backstride.runs.fileimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives for tests, built in memory entry by entry: {@code Archives.zip().add("a.fit", bytes).bytes()}. */
public final class Archives {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	public static Archives zip() {
		return new Archives();
	}

	public Archives add(String name, byte[] bytes) {
		this.entries.put(name, bytes);
		return this;
	}

	public Archives add(String name, String text) {
		return add(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var e : this.entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A multipart/form-data body with one part named {@code files} per file. */
	public static byte[] multipart(String boundary, Map<String, byte[]> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (var f : files.entrySet()) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(f.getValue());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
