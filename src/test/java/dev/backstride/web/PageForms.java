package dev.backstride.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's page session over plain HTTP: cookies kept, redirects not followed, CSRF from the last page. */
final class PageForms {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf = "";

	PageForms(int port) {
		this.base = "http://localhost:" + port;
	}

	static PageForms signedUp(int port) {
		PageForms session = new PageForms(port);
		session.get("/signup");
		HttpResponse<String> reply = session.form("/signup", "email", "pages-" + UUID.randomUUID() + "@example.org",
				"password", "a long password", "confirm", "a long password");
		if (reply.statusCode() != 302) {
			throw new IllegalStateException("sign-up failed: " + reply.statusCode());
		}
		return session;
	}

	String csrf() {
		return this.csrf;
	}

	/** The session cookie as a request header, for requests sent byte for byte. */
	String cookieHeader() {
		return String.join("; ", this.cookies.getCookieStore().getCookies().stream().map(Object::toString).toList());
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
		Matcher matcher = CSRF.matcher(reply.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return reply;
	}

	/** Posts the fields given (name, value, ...) with the CSRF token, as a form would. */
	HttpResponse<String> form(String path, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(this.csrf));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
