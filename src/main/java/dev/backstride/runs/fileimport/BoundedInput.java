package dev.backstride.runs.fileimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes through and throws {@link TooLarge} at the next one, so that an
 * entry or an unpacked {@code .gz} that claims to be small but is not (a "zip bomb") stops there.
 */
final class BoundedInput extends FilterInputStream {

	/** More bytes arrived than the limit allows. */
	static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		TooLarge(long limit) {
			super("more than " + limit + " bytes");
		}

	}

	private final long limit;

	private long count;

	BoundedInput(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void count(long n) throws TooLarge {
		this.count += n;
		if (this.count > this.limit) {
			throw new TooLarge(this.limit);
		}
	}

}
