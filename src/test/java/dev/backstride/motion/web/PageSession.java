package dev.backstride.motion.web;

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

/**
 * A signed-in browser session over plain HTTP: cookies kept, redirects not followed, CSRF tokens
 * taken from the last page, as a browser's form would send them.
 */
final class PageSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf = "";

	PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	static PageSession signedUp(int port) {
		PageSession session = new PageSession(port);
		session.get("/signup");
		String email = "pages-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> reply = session.form("/signup", "email", email, "password", "a long password", "confirm",
				"a long password");
		if (reply.statusCode() != 302) {
			throw new IllegalStateException("sign-up failed: " + reply.statusCode() + " " + reply.body());
		}
		return session;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> reply = send(HttpRequest.newBuilder(uri(path)).GET());
		Matcher field = CSRF_FIELD.matcher(reply.body());
		Matcher meta = CSRF_META.matcher(reply.body());
		if (field.find()) {
			this.csrf = field.group(1);
		}
		else if (meta.find()) {
			this.csrf = meta.group(1);
		}
		return reply;
	}

	HttpResponse<String> form(String path, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(this.csrf));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	HttpResponse<String> upload(String path, String fileName, byte[] content) {
		Multipart multipart = Multipart.file("file", fileName, content, "_csrf", this.csrf);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", multipart.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
	}

	/** A fetch from page script: JSON with the CSRF token in a header (or without, when {@code withCsrf} is false). */
	HttpResponse<String> postJson(String path, String json, boolean withCsrf) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (withCsrf) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		return send(request);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.base + path);
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
