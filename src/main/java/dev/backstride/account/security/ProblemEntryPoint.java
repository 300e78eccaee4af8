package dev.backstride.account.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 for the API as an RFC 9457 problem-details body. */
class ProblemEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		write(response, "Send a personal access token as 'Authorization: Bearer <token>'.");
	}

	void write(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(401);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// JSON is UTF-8; without this the servlet container declares (and encodes as) ISO-8859-1
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.setHeader("WWW-Authenticate", "Bearer");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
					+ detail.replace("\"", "'") + "\"}");
	}

}
