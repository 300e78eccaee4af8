package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.runs.RunsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Archives as exports send them, and as attackers would: what the walker reads, refuses and passes over. */
class ArchiveWalkerTests {

	private static final RunsSettings SMALL = new RunsSettings(64 * 1024, 20, 3, 20, 1000, 3700);

	@TempDir
	Path dir;

	/** What the walker handed on, in order: "file path [type]" or "refused path: reason". */
	private final List<String> seen = new ArrayList<>();

	private final ArchiveWalker.Sink sink = new ArchiveWalker.Sink() {

		@Override
		public boolean file(String path, byte[] bytes, Optional<String> type) {
			ArchiveWalkerTests.this.seen.add("file " + path + type.map((t) -> " [" + t + "]").orElse(""));
			return true;
		}

		@Override
		public boolean refused(String path, String reason) {
			ArchiveWalkerTests.this.seen.add("refused " + path + ": " + reason);
			return true;
		}

		@Override
		public void found(int files) {
		}

	};

	private List<String> walk(byte[] archive) throws IOException {
		Path file = this.dir.resolve("upload");
		Files.write(file, archive);
		new ArchiveWalker(SMALL, this.sink).walk("export.zip", file);
		return this.seen;
	}

	@Test
	void readsAStravaExportWithTheTypesFromItsCsvAndPassesOverOtherEntries() throws IOException {
		byte[] export = Archives.zip()
			.add("profile.csv", "x")
			.add("activities/1.gpx", "<gpx/>")
			.add("activities/2.fit.gz", new byte[] { 1 })
			.add("media/photo.jpg", new byte[] { 1 })
			.add("activities.csv", "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename\n"
					+ "1,\"Mar 1, 2026\",\"Hills, \"\"steep\"\"\",Trail Run,\"line one\nline two\",activities/1.gpx\n"
					+ "2,\"Mar 2, 2026\",Commute,Ride,,activities/2.fit.gz\n")
			.bytes();
		assertThat(walk(export)).containsExactly("file activities/1.gpx [Trail Run]", "file activities/2.fit.gz [Ride]");
		assertThat(ArchiveWalker.countFiles(this.dir.resolve("upload"))).isEqualTo(2);
	}

	@Test
	void readsAGarminExportWithZipsNestedInTheZip() throws IOException {
		byte[] inner = Archives.zip().add("a.fit", new byte[] { 1 }).add("b.fit", new byte[] { 2 }).bytes();
		byte[] export = Archives.zip().add("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner).bytes();
		assertThat(walk(export)).containsExactly("file DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip/a.fit",
				"file DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip/b.fit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.fit", "a/../../evil.fit", "/etc/evil.gpx", "C:/evil.tcx", "a\\..\\evil.fit" })
	void refusesEntriesWhoseNamesClimbOutOfTheirFolder(String name) throws IOException {
		assertThat(walk(Archives.zip().add(name, new byte[] { 1 }).add("ok.fit", new byte[] { 1 }).bytes()))
			.containsExactly("refused " + name + ": Its name climbs out of its folder, so it was not read.", "file ok.fit");
	}

	@Test
	void refusesArchivesNestedTooDeep() throws IOException {
		byte[] level4 = Archives.zip().add("deeper.fit", new byte[] { 1 }).bytes();
		byte[] level3 = Archives.zip().add("d.zip", level4).add("deep.fit", new byte[] { 1 }).bytes();
		byte[] level2 = Archives.zip().add("c.zip", level3).add("b.fit", new byte[] { 1 }).bytes();
		byte[] level1 = Archives.zip().add("b.zip", level2).bytes();
		assertThat(walk(level1)).containsExactly("refused b.zip/c.zip/d.zip: It is an archive nested more than 3 deep,"
				+ " so it was not read.", "file b.zip/c.zip/deep.fit", "file b.zip/b.fit");
	}

	@Test
	void stopsReadingAnArchiveWithTooManyEntries() throws IOException {
		Archives many = Archives.zip();
		for (int i = 0; i < 25; i++) {
			many.add(i + ".fit", new byte[] { 1 });
		}
		List<String> seen = walk(many.bytes());
		assertThat(seen).hasSize(21);
		assertThat(seen.get(20)).isEqualTo("refused export.zip: The archive holds more than 20 entries; the rest of it was not read.");
	}

	@Test
	void refusesAnEntryLargerThanTheLimitAndReadsTheNext() throws IOException {
		byte[] export = Archives.zip().add("huge.fit", new byte[100 * 1024 * 1024]).add("ok.fit", new byte[] { 1 }).bytes();
		assertThat(export.length).isLessThan(1024 * 1024);
		assertThat(walk(export)).containsExactly("refused huge.fit: It is larger than the limit of 64 kB for one file.",
				"file ok.fit");
	}

	@Test
	void refusesADamagedArchive() throws IOException {
		byte[] noise = new byte[5000];
		new java.util.Random(1).nextBytes(noise);
		byte[] export = Archives.zip().add("a.fit", noise).add("b.fit", noise).bytes();
		byte[] cut = java.util.Arrays.copyOf(export, 3000);
		assertThat(walk(cut)).last().asString().startsWith("refused export.zip: The archive is damaged");
	}

	@Test
	void readsASingleFileAsItIs() throws IOException {
		Path file = this.dir.resolve("run.gpx");
		Files.writeString(file, "<gpx/>");
		new ArchiveWalker(SMALL, this.sink).walk("run.gpx", file);
		assertThat(this.seen).containsExactly("file run.gpx");
		assertThat(ArchiveWalker.countFiles(file)).isEqualTo(1);
	}

}
