package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.backstride.runs.ReadResult;
import dev.backstride.runs.RunsSettings;

/**
 * Run in a JVM of its own with a small heap: walks a generated archive larger than that heap, reading
 * every run in it, and prints "runs N, refused M, heap max X MB". {@link #write} makes such an archive
 * (real FIT runs repeated, stored without compression) without holding it in memory.
 */
public final class StreamingCheck {

	private StreamingCheck() {
	}

	public static void main(String[] args) throws IOException {
		Path archive = Path.of(args[0]);
		int[] counts = new int[2];
		ArchiveWalker.Sink sink = new ArchiveWalker.Sink() {

			@Override
			public boolean file(String path, byte[] bytes, Optional<String> type) {
				counts[ActivityFiles.read(bytes, 32L * 1024 * 1024) instanceof ReadResult.Read ? 0 : 1]++;
				return true;
			}

			@Override
			public boolean refused(String path, String reason) {
				counts[1]++;
				return true;
			}

			@Override
			public void found(int files) {
			}

		};
		new ArchiveWalker(RunsSettings.defaults(), sink).walk("generated.zip", archive);
		System.out.println("runs " + counts[0] + ", refused " + counts[1] + ", heap max "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
	}

	/** Writes a zip of {@code copies} copies of {@code run}, half of them nested in inner zips, uncompressed. */
	public static void write(Path archive, byte[] run, int copies) throws IOException {
		try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.NO_COMPRESSION);
			zip.putNextEntry(new ZipEntry("activities.csv"));
			zip.write("Activity ID,Activity Type,Filename\n".getBytes());
			for (int i = 0; i < copies / 2; i++) {
				zip.write((i + ",Run,activities/" + i + ".fit\n").getBytes());
			}
			zip.closeEntry();
			for (int i = 0; i < copies / 2; i++) {
				zip.putNextEntry(new ZipEntry("activities/" + i + ".fit"));
				zip.write(run);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("DI_CONNECT/uploaded.zip"));
			ZipOutputStream inner = new ZipOutputStream(zip);
			inner.setLevel(Deflater.NO_COMPRESSION);
			for (int i = copies / 2; i < copies; i++) {
				inner.putNextEntry(new ZipEntry(i + ".fit"));
				inner.write(run);
				inner.closeEntry();
			}
			inner.finish();
			zip.closeEntry();
		}
	}

}
