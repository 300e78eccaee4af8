package dev.backstride.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download's wall-clock is bounded, in an app whose limits are short enough to watch: a client that
 * reads slowly is cut off at the time limit (the download ends unfinished, not short and whole), and
 * a client that stops reading altogether is let go at the server's connection timeout; either way the
 * place is given back.
 */
@BackstrideTest
@TestPropertySource(properties = { "backstride.export.time-limit=2s", "server.tomcat.connection-timeout=3s" })
class ExportTimeLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	ExportSlots slots;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSlowDownloadIsCutOffAtTheTimeLimitAndItsPlaceGivenBack() throws Exception {
		ApiClient runner = largeAccount();
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		boolean reset = false;
		try (Socket socket = new Socket()) {
			socket.setReceiveBufferSize(4096);
			socket.connect(new InetSocketAddress("localhost", this.port));
			socket.getOutputStream()
				.write(("GET /api/v1/export HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + runner.token()
						+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[4096];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				received.write(buffer, 0, n);
				Thread.sleep(5);
			}
		}
		catch (java.net.SocketException ex) {
			reset = true;
		}
		byte[] bytes = received.toByteArray();
		assertThat(new String(bytes, 0, 12, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
		assertThat(bytes.length).isLessThan(StalledDownload.LARGE_FILE);
		String end = new String(Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 7), bytes.length),
				StandardCharsets.US_ASCII);
		assertThat(reset || !end.endsWith("\r\n0\r\n\r\n")).as("the chunked body has no last chunk").isTrue();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.slots.inUse() == 0);
	}

	@Test
	void aClientThatStopsReadingIsLetGoAtTheConnectionTimeout() throws Exception {
		ApiClient runner = largeAccount();
		try (StalledDownload stalled = new StalledDownload(this.port, "/api/v1/export",
				"Authorization: Bearer " + runner.token())) {
			assertThat(stalled.statusLine()).startsWith("HTTP/1.1 200");
			assertThat(this.slots.inUse()).isEqualTo(1);
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> this.slots.inUse() == 0);
		}
	}

	ApiClient largeAccount() {
		String email = "slow-" + UUID.randomUUID() + "@example.org";
		ApiClient runner = new ApiClient(this.port).signUp(email);
		StalledDownload.giveLargeRunFile(this.jdbc, email);
		return runner;
	}

}
