package dev.backstride.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.backstride.BackstrideApplication;

/**
 * The whole application in a JVM of its own (the test class path, a data directory of the test's
 * choosing, a port the OS picks), so that a test can kill it the hard way and start it again.
 */
public final class AppProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START_LIMIT = Duration.ofMinutes(4);

	private final Process process;

	private final Path log;

	private final int port;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the app on the data directory and waits until it answers HTTP on its port. */
	public static AppProcess start(Path dataDir, Path log, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-cp", System.getProperty("java.class.path"),
				BackstrideApplication.class.getName(), "--server.port=0",
				"--logging.level.org.springframework.security=warn",
				// the write loops sign up many accounts from this one address
				"--backstride.auth-limits.sign-ups-per-client=1000000"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.equals("PORT"));
		builder.environment().put("BACKSTRIDE_DATA_DIR", dataDir.toString());
		Process process = builder.start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread.ofPlatform().daemon().name("app-output").start(() -> copyOutput(process, log, port));
		try {
			return new AppProcess(process, log, port.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS));
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The app did not start; its log:\n" + tail(log), ex);
		}
	}

	private static void copyOutput(Process process, Path log, CompletableFuture<Integer> port) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer out = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				out.write(line);
				out.write('\n');
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					out.flush();
					port.complete(Integer.parseInt(started.group(1)));
				}
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
		finally {
			port.completeExceptionally(new IllegalStateException("the app stopped before it listened"));
		}
	}

	public int port() {
		return this.port;
	}

	/** SIGKILL on Linux: no shutdown hook, no H2 close, no flush. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(1, TimeUnit.MINUTES);
	}

	/** SIGTERM, a graceful shutdown; forced after a minute. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			kill();
		}
	}

	public String logTail() {
		return tail(this.log);
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
