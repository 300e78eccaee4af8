package dev.backstride.interop.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.backstride.interop.ExportSlot;
import dev.backstride.interop.ExportTimedOut;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.CloseNowException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;

/**
 * Writes a granted download to the response through its slot's deadline, and gives the slot back
 * however the writing ends: the last byte, a client gone away (the next write fails), the time limit
 * or a database error. A failure after the first bytes is thrown on, so that the connection is cut
 * and the client sees an unfinished download rather than a short one that looks whole.
 */
final class Downloads {

	private static final Logger log = LoggerFactory.getLogger(Downloads.class);

	/** Writes one kind of download. */
	interface Body {

		void write(OutputStream out) throws IOException;

	}

	private Downloads() {
	}

	static void write(ExportSlot slot, HttpServletResponse response, String contentType, String extension, Body body)
			throws IOException {
		try (slot) {
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"backstride-"
					+ LocalDate.now(ZoneOffset.UTC) + "." + extension + "\"");
			body.write(slot.guard(response.getOutputStream()));
		}
		catch (IOException | RuntimeException ex) {
			ExportTimedOut timedOut = timedOut(ex);
			if (timedOut != null) {
				// Tomcat closes the connection at once for this one, and logs no stack trace
				log.warn("A data download was cut off: {}", timedOut.getMessage());
				throw new CloseNowException(timedOut.getMessage(), ex);
			}
			throw ex;
		}
	}

	private static @Nullable ExportTimedOut timedOut(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ExportTimedOut timedOut) {
				return timedOut;
			}
		}
		return null;
	}

}
