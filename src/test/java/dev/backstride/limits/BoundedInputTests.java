package dev.backstride.limits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BoundedInputTests {

	@ParameterizedTest(name = "{0} bytes under a limit of {1}: passes {2}")
	@CsvSource({ "0, 0, true", "1, 0, false", "99, 100, true", "100, 100, true", "101, 100, false", "1000000, 65536, false" })
	void passesUpToItsLimitAndStopsAtTheNextByte(int size, long limit, boolean passes) throws IOException {
		byte[] bytes = new byte[size];
		if (passes) {
			assertThat(BoundedInput.of(new ByteArrayInputStream(bytes), limit).readAllBytes()).hasSize(size);
			assertThat(readByteByByte(BoundedInput.of(new ByteArrayInputStream(bytes), limit))).isEqualTo(size);
		}
		else {
			assertThatExceptionOfType(BoundedInput.TooLarge.class)
				.isThrownBy(() -> BoundedInput.of(new ByteArrayInputStream(bytes), limit).readAllBytes())
				.satisfies((ex) -> assertThat(ex.limit()).isEqualTo(limit))
				.withMessage("more than " + limit + " bytes");
			assertThatExceptionOfType(BoundedInput.TooLarge.class)
				.isThrownBy(() -> readByteByByte(BoundedInput.of(new ByteArrayInputStream(bytes), limit)));
		}
	}

	@Test
	void skippedBytesCountAsRead() throws IOException {
		InputStream in = BoundedInput.of(new ByteArrayInputStream(new byte[200]), 100);
		assertThat(in.skip(100)).isEqualTo(100);
		assertThatExceptionOfType(BoundedInput.TooLarge.class).isThrownBy(in::read);
		assertThatExceptionOfType(BoundedInput.TooLarge.class)
			.isThrownBy(() -> BoundedInput.of(new ByteArrayInputStream(new byte[200]), 100).skip(101));
	}

	@Test
	void closesItsSourceUnlessToldToKeepItOpen() throws IOException {
		AtomicBoolean closed = new AtomicBoolean();
		InputStream source = new ByteArrayInputStream(new byte[10]) {
			@Override
			public void close() {
				closed.set(true);
			}
		};
		BoundedInput.keepingOpen(source, 10).close();
		assertThat(closed).isFalse();
		BoundedInput.of(source, 10).close();
		assertThat(closed).isTrue();
	}

	@Test
	void boundsOneZipEntryAndLeavesTheZipReadableForTheNext() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("small.csv"));
			zip.write(new byte[50]);
			zip.putNextEntry(new ZipEntry("bomb.csv"));
			zip.write(new byte[5_000_000]);
			zip.putNextEntry(new ZipEntry("after.csv"));
			zip.write(new byte[7]);
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			zip.getNextEntry();
			try (InputStream entry = BoundedInput.keepingOpen(zip, 1024)) {
				assertThat(entry.readAllBytes()).hasSize(50);
			}
			zip.getNextEntry();
			try (InputStream entry = BoundedInput.keepingOpen(zip, 1024)) {
				assertThatExceptionOfType(BoundedInput.TooLarge.class).isThrownBy(entry::readAllBytes);
			}
			assertThat(zip.getNextEntry().getName()).isEqualTo("after.csv");
			assertThat(zip.readAllBytes()).hasSize(7);
		}
	}

	@Test
	void refusesANegativeLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> BoundedInput.of(InputStream.nullInputStream(), -1));
	}

	private static int readByteByByte(InputStream in) throws IOException {
		int n = 0;
		while (in.read() >= 0) {
			n++;
		}
		return n;
	}

}
