package dev.backstride.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files go out under versioned addresses that may be cached for a year, compressed; pages keep
 * {@code no-store}, since they carry personal data.
 */
@BackstrideTest
class StaticFilesTests {

	private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void pagesLinkStaticFilesByContentHashAndThoseAreCachedForAYear() throws Exception {
		List<String> linked = linkedFrom("/login");
		assertThat(linked).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((path) -> assertThat(path).matches(".*-[0-9a-f]{32}\\.(css|js|svg)"))
			.anySatisfy((path) -> assertThat(path).startsWith("/css/app-"))
			.anySatisfy((path) -> assertThat(path).startsWith("/webjars/htmx.org/"))
			.anySatisfy((path) -> assertThat(path).startsWith("/img/favicon-"));
		for (String path : linked) {
			HttpResponse<byte[]> file = get(path, false);
			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(path)
				.hasValue("public, max-age=31536000, immutable");
		}
	}

	@Test
	void addressesWithoutTheHashAreRevalidatedAndErrorsAreNeverCached() throws Exception {
		HttpResponse<byte[]> plain = get("/css/app.css", false);
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(plain.headers().firstValue("Last-Modified")).isPresent();
		HttpResponse<byte[]> missing = get("/css/gone-0123456789abcdef0123456789abcdef.css", false);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void textFilesAreCompressedForClientsThatAcceptIt() throws Exception {
		String chart = "/webjars/chart.js/dist/chart.umd.min.js";
		HttpResponse<byte[]> plain = get(chart, false);
		HttpResponse<byte[]> zipped = get(chart, true);
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
		try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
		for (String path : linkedFrom("/login")) {
			// files under the 1 KB threshold (server.compression.min-response-size) gain nothing from it
			if ((path.endsWith(".css") || path.endsWith(".js")) && get(path, false).body().length >= 1024) {
				assertThat(get(path, true).headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			}
		}
	}

	@Test
	void pagesAreNeitherStoredNorCompressed() throws Exception {
		for (String page : List.of("/login", "/signup", "/rules")) {
			HttpResponse<byte[]> reply = get(page, true);
			assertThat(reply.headers().firstValue("Cache-Control")).as(page).hasValueSatisfying(
					(value) -> assertThat(value).contains("no-store"));
			// pages mix secrets (CSRF tokens) with text a visitor can choose: no compression (BREACH)
			assertThat(reply.headers().firstValue("Content-Encoding")).as(page).isEmpty();
		}
	}

	private List<String> linkedFrom(String page) throws IOException, InterruptedException {
		String html = new String(get(page, false).body(), java.nio.charset.StandardCharsets.UTF_8);
		Matcher m = LINKED.matcher(html);
		List<String> paths = new java.util.ArrayList<>();
		while (m.find()) {
			paths.add(m.group(1));
		}
		return paths;
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
