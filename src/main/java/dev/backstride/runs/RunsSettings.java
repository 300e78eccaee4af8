package dev.backstride.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on runs and imports ({@code backstride.runs.*}).
 *
 * @param maxFileBytes largest activity file taken, as uploaded and after unpacking a {@code .gz}
 * @param maxArchiveEntries most entries read from one archive, nested archives' entries included
 * @param maxNesting deepest archive nesting followed (1: an archive with files; 2: archives in it)
 * @param maxUploadFiles most files in one import request
 * @param maxRunsTotal runs one account keeps
 * @param maxSpanDays longest span of days one read of the log covers
 */
@ConfigurationProperties("backstride.runs")
public record RunsSettings(@DefaultValue("33554432") long maxFileBytes, @DefaultValue("50000") int maxArchiveEntries,
		@DefaultValue("3") int maxNesting, @DefaultValue("20") int maxUploadFiles,
		@DefaultValue("50000") int maxRunsTotal, @DefaultValue("3700") int maxSpanDays) {

	public RunsSettings {
		if (maxFileBytes < 1 || maxArchiveEntries < 1 || maxNesting < 1 || maxUploadFiles < 1 || maxRunsTotal < 1
				|| maxSpanDays < 1) {
			throw new IllegalArgumentException("every backstride.runs limit must be at least 1");
		}
	}

	public static RunsSettings defaults() {
		return new RunsSettings(32L * 1024 * 1024, 50_000, 3, 20, 50_000, 3700);
	}

}
