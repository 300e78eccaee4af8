package dev.backstride.interop;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running download's place: it has a deadline, and closing it (once; again does nothing) gives the
 * place back. Close it in a {@code finally}, so that a failed write (a client gone away, a deadline
 * passed, a database error) frees it as surely as the last byte does.
 */
public final class ExportSlot implements AutoCloseable {

	private final Instant deadline;

	private final Duration limit;

	private final InstantSource time;

	private final Runnable release;

	private final AtomicBoolean open = new AtomicBoolean(true);

	ExportSlot(InstantSource time, Duration limit, Runnable release) {
		this.time = time;
		this.limit = limit;
		this.deadline = time.instant().plus(limit);
		this.release = release;
	}

	public Instant deadline() {
		return this.deadline;
	}

	/**
	 * The stream with every write first checking the deadline: past it, {@link ExportTimedOut} stops the
	 * download at its next write. A write the client does not take in blocks until the server's
	 * connection timeout, and then fails.
	 */
	public OutputStream guard(OutputStream out) {
		return new FilterOutputStream(out) {

			@Override
			public void write(int b) throws IOException {
				check();
				this.out.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				check();
				this.out.write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				check();
				this.out.flush();
			}

		};
	}

	private void check() throws ExportTimedOut {
		if (this.time.instant().isAfter(this.deadline)) {
			throw new ExportTimedOut(this.limit);
		}
	}

	@Override
	public void close() {
		if (this.open.compareAndSet(true, false)) {
			this.release.run();
		}
	}

}
