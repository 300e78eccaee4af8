package dev.backstride;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny real-HTTP client for API tests: JSON in, status and JSON out. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String token;

	public ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public record Reply(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	/** The password every runner signed up here has. */
	public static final String PASSWORD = "correct horse battery";

	/** Signs up a fresh runner and keeps its token for later calls. */
	public ApiClient signUp() {
		return signUp("runner-" + UUID.randomUUID() + "@example.org");
	}

	/** Signs up a runner with this email (and {@link #PASSWORD}) and keeps its token for later calls. */
	public ApiClient signUp(String email) {
		Reply reply = post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		if (reply.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + reply);
		}
		this.token = reply.json().get("token").asString();
		return this;
	}

	public String token() {
		return this.token;
	}

	public ApiClient withToken(String token) {
		this.token = token;
		return this;
	}

	public Reply get(String path) {
		return send(request(path).GET());
	}

	public Reply delete(String path) {
		return send(request(path).DELETE());
	}

	public Reply post(String path, String json) {
		return send("POST", path, "application/json", json);
	}

	public Reply put(String path, String json) {
		return send("PUT", path, "application/json", json);
	}

	public Reply send(String method, String path, String contentType, String body) {
		HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder);
	}

	public Reply sendBytes(String method, String path, String contentType, byte[] body) {
		return send(request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json");
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private Reply send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
