package dev.backstride.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself before the application sees them: a NUL or an invalid escape
 * in the path, an encoded slash, a request line or header too large for its buffer. For the API
 * (and for requests whose path could not even be read) that answer is a problem-details body like
 * every other API error, instead of Tomcat's HTML page; pages keep Tomcat's bare report.
 */
public class ApiErrorValve extends ErrorReportValve {

	public ApiErrorValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !forApi(request)) {
			super.report(request, response, throwable);
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = known == null ? "Error" : known.getReasonPhrase();
		String detail = status == 400 || status == 414 || status == 431 || status == 413
				? "The request could not be read: its address or headers are malformed or too long (an encoded"
						+ " slash, a NUL or an invalid percent escape in the path, or over 8 KB of request line and"
						+ " headers)."
				: status >= 500 ? "Something went wrong on our side. Nothing you sent was stored; try again in a moment."
						: "The request could not be handled.";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response cannot be written any more: nothing left to say
		}
	}

	/** An API path, or a request whose path Tomcat could not read at all. */
	private static boolean forApi(Request request) {
		String uri = request.getCoyoteRequest().requestURI().toString();
		return uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.equals("/api");
	}

}
