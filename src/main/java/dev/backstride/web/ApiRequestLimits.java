package dev.backstride.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies that are not what the API reads before anything else looks at them: a
 * JSON body must say it is JSON and stay under {@value #MAX_JSON_BYTES} bytes ({@value #MAX_IMU_JSON_BYTES}
 * for a sensor recording sent to {@value #IMU_PATH}); file uploads
 * (multipart) have their own, larger limit set in the configuration. A body over its limit is answered
 * 413 (Content Too Large), a body of another kind 400.
 */
class ApiRequestLimits extends OncePerRequestFilter {

	static final int MAX_JSON_BYTES = 256 * 1024;

	/** The one endpoint that takes a whole sensor recording as JSON (about an hour at 100 Hz). */
	static final String IMU_PATH = "/api/v1/motion/imu";

	static final int MAX_IMU_JSON_BYTES = 64 * 1024 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
		if (!hasBody) {
			chain.doFilter(request, response);
			return;
		}
		String type = request.getContentType();
		long length = request.getContentLengthLong();
		boolean multipart = type != null && type.toLowerCase().startsWith("multipart/form-data");
		boolean json = type != null && isJson(type);
		if (!multipart && !json && length != 0) {
			reject(response, 400, "Unsupported content type", "Send the request body as JSON (application/json)"
					+ (type == null ? "." : ", and say so in the Content-Type header."));
			return;
		}
		int cap = (request.getContextPath() + IMU_PATH).equals(request.getRequestURI()) ? MAX_IMU_JSON_BYTES
				: MAX_JSON_BYTES;
		if (json && length > cap) {
			reject(response, 413, "Request body too large",
					"A JSON request body may be at most " + cap / 1024 + " KiB; this one is " + length / 1024 + " KiB.");
			return;
		}
		if (json && length < 0) {
			chain.doFilter(new BoundedBodyRequest(request, cap), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isJson(String contentType) {
		try {
			MediaType media = MediaType.parseMediaType(contentType);
			return media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static void reject(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "'") + "\"}");
	}

}
