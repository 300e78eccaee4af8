package dev.backstride.interop;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes one JSON array value by value, straight to the stream: an export file of any length is never
 * held whole. Closing it ends the array but leaves the stream open (a zip has more entries to come).
 */
final class JsonArrayWriter implements AutoCloseable {

	private final ObjectWriter writer;

	private final JsonGenerator generator;

	JsonArrayWriter(ObjectWriter writer, OutputStream out) {
		this.writer = writer;
		this.generator = writer.createGenerator(unclosed(out));
		this.generator.writeStartArray();
	}

	void add(Object value) {
		this.writer.writeValue(this.generator, value);
	}

	@Override
	public void close() {
		this.generator.writeEndArray();
		this.generator.close();
	}

	/** The stream with {@code close()} turned into {@code flush()}. */
	static OutputStream unclosed(OutputStream out) {
		return new FilterOutputStream(out) {

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				this.out.flush();
			}

		};
	}

}
