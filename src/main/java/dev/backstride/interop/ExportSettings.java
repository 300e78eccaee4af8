package dev.backstride.interop;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on the downloads of a runner's data ({@code backstride.export.*}), the zip and the FHIR Bundle
 * alike: each reads a whole account and keeps a core busy while it is written.
 *
 * @param atOnce downloads prepared at once by this instance, for all accounts together (one account
 * has at most one at a time)
 * @param queueWait how long a download waits for a free place before it is refused
 * @param timeLimit the longest one download may take, from its start to its last byte; past it the
 * download is cut off (a stalled client's pending write ends at the server's connection timeout)
 * @param retryAfter what a refused client is told to wait ({@code Retry-After})
 */
@ConfigurationProperties("backstride.export")
public record ExportSettings(@DefaultValue("2") int atOnce, @DefaultValue("2s") Duration queueWait,
		@DefaultValue("15m") Duration timeLimit, @DefaultValue("60s") Duration retryAfter) {

	public ExportSettings {
		if (atOnce < 1 || queueWait.isNegative() || !timeLimit.isPositive() || retryAfter.toSeconds() < 1) {
			throw new IllegalArgumentException("backstride.export: at-once and retry-after at least 1 (second),"
					+ " a positive time-limit, a queue-wait of zero or more");
		}
	}

	public static ExportSettings defaults() {
		return new ExportSettings(2, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofSeconds(60));
	}

}
