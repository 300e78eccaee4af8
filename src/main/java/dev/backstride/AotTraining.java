package dev.backstride;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run behind the JDK's AOT cache ({@code ./mvnw -Paot package}): starts the app on a
 * free port with a scratch in-memory database, whatever the environment says, sends the requests a
 * first visitor and an API client send (pages, sign-up, the daily call, the probes), then stops. The
 * JVM records the classes these load and link, and how the methods ran, into the cache, so that a real
 * start skips that work. Not part of the running app.
 */
public final class AotTraining {

	private AotTraining() {
	}

	public static void main(String[] args) throws Exception {
		int failures;
		var application = new SpringApplication(BackstrideApplication.class);
		// Spring's AOT initializer is found by the main class's name
		application.setMainApplicationClass(BackstrideApplication.class);
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:training;DB_CLOSE_DELAY=-1", "--spring.datasource.username=sa",
				"--spring.datasource.password=", "--backstride.admin.token=")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			failures = visit("http://localhost:" + port);
		}
		System.exit(failures == 0 ? 0 : 1);
	}

	private static int visit(String base) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		int failures = 0;
		for (String page : new String[] { "/", "/login", "/signup", "/css/app.css", "/actuator/health/readiness",
				"/api/v1/today" }) {
			failures += expect(http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
					HttpResponse.BodyHandlers.ofString()), page.equals("/api/v1/today") ? 401 : 200);
		}
		String signUp = "{\"email\":\"training-" + UUID.randomUUID() + "@example.org\",\"password\":\"a training password\"}";
		var created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/signup"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(signUp))
			.build(), HttpResponse.BodyHandlers.ofString());
		failures += expect(created, 201);
		String token = created.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		for (String call : new String[] { "/api/v1/today", "/api/v1/profile", "/api/v1/checkins" }) {
			failures += expect(http.send(HttpRequest.newBuilder(URI.create(base + call))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString()), 200);
		}
		return failures;
	}

	private static int expect(HttpResponse<String> response, int status) {
		if (response.statusCode() == status) {
			return 0;
		}
		System.err.println("Training: " + response.uri() + " answered " + response.statusCode() + ", expected " + status);
		return 1;
	}

}
