package dev.backstride;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code BACKSTRIDE_LOG_FORMAT=ecs} turns the console log into one JSON object per line, and no
 * secret that crosses the server (passwords, access tokens, the admin token, session ids, a malformed
 * Authorization header) ends up in it. Logging is set up once per JVM while earlier test contexts
 * stay open, so this class makes Spring Boot set it up again for its own context, and puts plain lines
 * back afterwards for the contexts that other classes share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:logs-${random.uuid};DB_CLOSE_DELAY=-1",
				"BACKSTRIDE_LOG_FORMAT=ecs", "BACKSTRIDE_ADMIN_TOKEN=" + StructuredLogsTests.ADMIN_TOKEN })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class StructuredLogsTests {

	static final String ADMIN_TOKEN = "admin-secret-4f1c9e2b7a6d8c3e5f0a1b2c";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@BeforeAll
	static void forgetTheLoggingSetupOfEarlierContexts() {
		LoggingSystem.get(StructuredLogsTests.class.getClassLoader()).cleanUp();
	}

	@AfterAll
	static void backToPlainLines() {
		LoggingSystem logging = LoggingSystem.get(StructuredLogsTests.class.getClassLoader());
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
	}

	@Test
	void logLinesAreJsonAndCarryNoSecret(CapturedOutput output) throws IOException {
		String password = "pw-secret-7d2e9a41c0b8";
		var runner = new ApiClient(this.port);
		var signUp = runner.post("/api/v1/signup",
				"{\"email\":\"logs-runner@example.org\",\"password\":\"" + password + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		String token = signUp.json().get("token").asString();
		runner.withToken(token);
		assertThat(runner.get("/api/v1/profile").status()).isEqualTo(200);
		String unquoted = "unquotedsecret93b1f7";
		assertThat(new ApiClient(this.port)
			.post("/api/v1/signup", "{\"email\":\"x@example.org\",\"password\":" + unquoted + "}")
			.status()).isEqualTo(400);
		assertThat(new ApiClient(this.port).withToken(ADMIN_TOKEN).get("/actuator/health").status()).isEqualTo(200);
		assertThat(new ApiClient(this.port).withToken("bst_wrong-token-c81f0e").get("/api/v1/today").status())
			.isEqualTo(401);
		String malformedHeaderSecret = "hdrsecret5a9e0c7d";
		String session = rawRequest("GET /login HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ malformedHeaderSecret + "\u0001\r\nConnection: close\r\n\r\n");
		LoggerFactory.getLogger("dev.backstride.operations").info("Structured log check");

		List<JsonNode> lines = jsonLines(output.getAll());
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.get("message").asString()).isEqualTo("Structured log check");
			assertThat(line.get("log").get("level").asString()).isEqualTo("INFO");
			assertThat(line.has("@timestamp")).isTrue();
		});
		for (String secret : List.of(password, token, token.substring(4), unquoted, ADMIN_TOKEN,
				malformedHeaderSecret, "c81f0e")) {
			assertThat(output.getAll()).as("a secret in the log").doesNotContain(secret);
		}
		if (!session.isEmpty()) {
			assertThat(output.getAll()).doesNotContain(session);
		}
	}

	/** Every line that looks like a JSON object must parse as one. */
	private static List<JsonNode> jsonLines(String output) {
		List<JsonNode> lines = new ArrayList<>();
		for (String line : output.split("\\R")) {
			if (line.startsWith("{")) {
				lines.add(JSON.readTree(line));
			}
		}
		return lines;
	}

	/** Sends bytes as they are (HttpClient refuses control characters in headers); returns any session id. */
	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(response).startsWith("HTTP/1.1 ");
			var matcher = java.util.regex.Pattern.compile("JSESSIONID=([^;\\r\\n]+)").matcher(response);
			return matcher.find() ? matcher.group(1) : "";
		}
	}

}
