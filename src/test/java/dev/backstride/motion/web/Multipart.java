package dev.backstride.motion.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body with one file part and optional plain fields, for real-HTTP tests. */
record Multipart(String contentType, byte[] body) {

	static Multipart file(String part, String fileName, byte[] content, String... fields) {
		String boundary = "----motion" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n");
		}
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		out.writeBytes(content);
		write(out, "\r\n--" + boundary + "--\r\n");
		return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
