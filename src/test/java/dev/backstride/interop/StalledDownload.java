package dev.backstride.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A download held half way: a client with a small receive buffer that reads the status line and then
 * nothing more, of an account whose zip is far larger than the sockets buffer. Closing it resets the
 * connection, as a browser tab closed half way through does.
 */
public final class StalledDownload implements AutoCloseable {

	/** Random bytes do not compress: the zip is at least this large, well over what the sockets buffer. */
	static final int LARGE_FILE = 12 * 1024 * 1024;

	private final Socket socket = new Socket();

	final String statusLine;

	/** Sends {@code GET path} with one header line ("Authorization: Bearer ..." or "Cookie: ..."). */
	public StalledDownload(int port, String path, String header) throws IOException {
		this.socket.setReceiveBufferSize(4096);
		this.socket.connect(new InetSocketAddress("localhost", port));
		this.socket.getOutputStream()
			.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
		InputStream in = this.socket.getInputStream();
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			line.write(b);
		}
		this.statusLine = line.toString(StandardCharsets.US_ASCII).strip();
	}

	public String statusLine() {
		return this.statusLine;
	}

	/** Gives the account a run whose original file is {@link #LARGE_FILE} random bytes, as an import keeps it. */
	public static void giveLargeRunFile(JdbcClient jdbc, String email) {
		long account = jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into run (account_id, run_date, start_at, start_time_known, elapsed_seconds, moving_seconds,"
				+ " distance_meters, sport, terrain, terrain_inferred, source, recorded_at)"
				+ " values (?, ?, ?, true, 1800, 1800, 5000, 'running', 'ROAD', false, 'GPX', ?)")
			.params(account, LocalDate.now(ZoneOffset.UTC).minusDays(1), OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
					OffsetDateTime.now(ZoneOffset.UTC))
			.update(key, "id");
		byte[] bytes = new byte[LARGE_FILE];
		new Random(account).nextBytes(bytes);
		jdbc.sql("insert into run_original (run_id, file_name, bytes) values (?, 'large.gpx', ?)")
			.params(key.getKey().longValue(), bytes)
			.update();
	}

	@Override
	public void close() {
		try {
			if (!this.socket.isClosed()) {
				this.socket.setSoLinger(true, 0);
				this.socket.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
