package dev.backstride;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations door: probes for anyone (status only), health details and Prometheus metrics only
 * with the admin token, nothing else of Actuator on the web.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:operations-${random.uuid};DB_CLOSE_DELAY=-1",
				"BACKSTRIDE_ADMIN_TOKEN=" + OperationsTests.ADMIN_TOKEN })
class OperationsTests {

	static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient anyone() {
		return new ApiClient(this.port);
	}

	ApiClient admin() {
		return new ApiClient(this.port).withToken(ADMIN_TOKEN);
	}

	@Test
	void healthIsUpForAnyoneWithTheStatusAlone() {
		var health = anyone().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
		assertThat(health.body()).doesNotContainIgnoringCase("h2");
	}

	@Test
	void livenessAndReadinessProbesAnswerUp() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			var reply = anyone().get(probe);
			assertThat(reply.status()).as(probe).isEqualTo(200);
			assertThat(reply.json().get("status").asString()).as(probe).isEqualTo("UP");
		}
	}

	@Test
	void theAdminSeesTheDatabaseInHealthAndInReadiness() {
		var health = admin().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		var db = health.json().get("components").get("db");
		assertThat(db.get("status").asString()).isEqualTo("UP");
		assertThat(db.get("details").get("database").asString()).isEqualTo("H2");
		var readiness = admin().get("/actuator/health/readiness").json();
		assertThat(readiness.get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").has("readinessState")).isTrue();
	}

	@Test
	void readinessGoesDownWhileTheAppRefusesTrafficAndLivenessStaysUp() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			var readiness = anyone().get("/actuator/health/readiness");
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(anyone().get("/actuator/health/liveness").status()).isEqualTo(200);
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		assertThat(anyone().get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void metricsAreClosedToAnyoneWithoutTheAdminToken() {
		var runner = anyone().signUp();
		for (var client : new ApiClient[] { anyone(), runner, anyone().withToken("not-the-admin-token-at-all-0000") }) {
			var reply = client.get("/actuator/prometheus");
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.json().get("detail").asString()).contains("admin token");
			assertThat(reply.body()).doesNotContain("jvm_");
		}
		assertThat(runner.get("/actuator/health").json().has("components")).isFalse();
	}

	@Test
	void theAdminReadsMetricsInPrometheusFormat() throws Exception {
		anyone().get("/login");
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.header("Accept", "text/plain")
			.build();
		HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(reply.body()).contains("# TYPE jvm_memory_used_bytes gauge")
			.contains("hikaricp_connections")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"[^}]*\\} \\d+");
	}

	@Test
	void noOtherActuatorEndpointIsOnTheWeb() {
		for (String path : new String[] { "/actuator/env", "/actuator/configprops", "/actuator/heapdump",
				"/actuator/loggers", "/actuator/beans" }) {
			assertThat(admin().get(path).status()).as(path).isEqualTo(404);
			assertThat(anyone().get(path).status()).as(path).isEqualTo(401);
		}
	}

}
