package dev.backstride;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over plain HTTP for page tests: one cookie jar (cookies of {@code localhost} go to every
 * port, as in a browser, so it can move between two instances), redirects not followed, the CSRF token
 * of the last page sent with each form, and headers that a reverse proxy would add.
 */
public final class WebClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String csrf = "";

	/** Requests as if a proxy forwarded them from this client address. */
	public WebClient from(String clientAddress) {
		this.headers.put("X-Forwarded-For", clientAddress);
		return this;
	}

	public WebClient header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public String csrf() {
		return this.csrf;
	}

	public HttpResponse<String> get(int port, String path) {
		HttpResponse<String> reply = send(builder(port, path).GET());
		Matcher field = CSRF_FIELD.matcher(reply.body());
		if (field.find()) {
			this.csrf = field.group(1);
		}
		return reply;
	}

	/** Posts a form with the CSRF token of the last page fetched. */
	public HttpResponse<String> form(int port, String path, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(this.csrf));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(builder(port, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	public HttpResponse<String> json(int port, String path, String json) {
		return send(builder(port, path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Logs in through the login page; the reply is the redirect after the attempt. */
	public HttpResponse<String> logIn(int port, String email, String password) {
		get(port, "/login");
		return form(port, "/login", "username", email, "password", password);
	}

	/** Where a redirect points, as path and query (the host and port left out). */
	public static String location(HttpResponse<?> reply) {
		String location = reply.headers().firstValue("Location").orElse("");
		URI uri = URI.create(location);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private HttpRequest.Builder builder(int port, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		this.headers.forEach(builder::header);
		return builder;
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
