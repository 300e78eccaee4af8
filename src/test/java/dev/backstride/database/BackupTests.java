package dev.backstride.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator backs up the running instance over HTTP while runners keep writing; the zip,
 * unpacked into an empty data directory, is a database the app starts on with every write that was
 * acknowledged before the backup began.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backstride.admin.token=" + BackupTests.ADMIN_TOKEN,
				"logging.level.org.springframework.security=warn" })
class BackupTests {

	static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef0123456789";

	private static final Path DATA = temporaryDirectory();

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("backstride") + ";AUTO_SERVER=FALSE");
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBackupTakenWhileRunnersWriteRestoresToAnAppWithTheirData() throws Exception {
		Acknowledged acknowledged = new Acknowledged();
		WriteLoop loop = WriteLoop.start(this.port, 4, 1, acknowledged, 40);
		assertThat(loop.awaitAcknowledged(Duration.ofMinutes(3))).isTrue();
		Acknowledged beforeBackup = acknowledged.copy();
		HttpResponse<byte[]> backup = backup("Bearer " + ADMIN_TOKEN);
		loop.awaitEnd(Duration.ofMinutes(1));
		assertThat(backup.statusCode()).isEqualTo(200);
		assertThat(backup.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(backup.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment; filename=\"backstride-"));

		Path restored = Files.createTempDirectory("backstride-restored-");
		unzip(backup.body(), restored);
		assertThat(restored.resolve("backstride.mv.db")).exists();
		String someRunner = beforeBackup.anyToken();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackstrideApplication.class).run(
				"--server.port=0", "--backstride.data-dir=" + restored)) {
			int restoredPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
			var runner = new ApiClient(restoredPort).withToken(someRunner);
			assertThat(runner.get("/api/v1/profile").status()).isEqualTo(200);
			assertThat(runner.get("/api/v1/checkins").status()).isEqualTo(200);
		}
		var lost = beforeBackup.lost(Acknowledged.Stored.read(restored), 1);
		FileSystemUtils.deleteRecursively(restored);
		assertThat(lost).allSatisfy(run -> assertThat(run.total()).isZero());
	}

	@Test
	void theBackupNeedsTheAdministratorToken() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (String authorization : new String[] { null, "Bearer " + runner.token(), "Bearer " + ADMIN_TOKEN + "x",
				ADMIN_TOKEN }) {
			HttpResponse<byte[]> refused = backup(authorization);
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(new String(refused.body())).contains("administrator token");
		}
	}

	private HttpResponse<byte[]> backup(String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/admin/backup"))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static void unzip(byte[] zip, Path into) throws IOException {
		try (ZipInputStream entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(into)).isTrue();
				Files.copy(entries, target);
				entries.closeEntry();
			}
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("backstride-backup-test-");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
