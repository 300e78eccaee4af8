package dev.backstride.interop;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DataExportTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "fenix2.fit|fenix2.fit", "../../etc/passwd|__.._etc_passwd",
			"/absolute.gpx|_absolute.gpx", "C:\\runs\\a.tcx|C__runs_a.tcx", "..|_", ".hidden.gpx|_hidden.gpx",
			"run 1 (copy).gpx|run_1__copy_.gpx", "läuft.fit|l_uft.fit", "a/b/c.fit.gz|a_b_c.fit.gz" })
	void runFileNamesStayInsideTheirFolderInTheZip(String uploaded, String inZip) {
		assertThat(DataExport.safeName(uploaded)).isEqualTo(inZip);
	}

	@Test
	void anEmptyNameOrAVeryLongOneStillMakesAShortFileName() {
		assertThat(DataExport.safeName("")).isEqualTo("file");
		assertThat(DataExport.safeName("x".repeat(500) + ".fit")).hasSize(120).endsWith(".fit");
	}

	@Test
	void anArrayReachesTheStreamWhileItIsWrittenAndTheStreamStaysOpen() {
		CountingStream out = new CountingStream();
		var writer = JsonMapper.builder().build().writer();
		try (JsonArrayWriter array = new JsonArrayWriter(writer, out)) {
			for (int i = 0; i < 20_000; i++) {
				array.add(Map.of("n", i, "text", "a check-in of day " + i));
			}
			assertThat(out.size()).as("written before the array ends").isGreaterThan(500_000);
		}
		assertThat(out.closed).isFalse();
		assertThat(out.toString()).startsWith("[{").endsWith("}]");
	}

	static final class CountingStream extends ByteArrayOutputStream {

		boolean closed;

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
