package dev.backstride.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes through and throws {@link TooLarge} at the next one, so that a zip
 * entry or an unpacked {@code .gz} that claims to be small but is not (a "zip bomb") stops there.
 * Bytes skipped count as read.
 */
public final class BoundedInput extends FilterInputStream {

	/** More bytes arrived than the limit allows. */
	public static final class TooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		private final long limit;

		TooLarge(long limit) {
			super("more than " + limit + " bytes");
			this.limit = limit;
		}

		/** The limit that was passed, in bytes. */
		public long limit() {
			return this.limit;
		}

	}

	private final long limit;

	private final boolean closesSource;

	private long count;

	private BoundedInput(InputStream in, long limit, boolean closesSource) {
		super(in);
		if (limit < 0) {
			throw new IllegalArgumentException("limit must not be negative: " + limit);
		}
		this.limit = limit;
		this.closesSource = closesSource;
	}

	/** At most {@code limit} bytes of {@code in}; closing this closes {@code in}. */
	public static BoundedInput of(InputStream in, long limit) {
		return new BoundedInput(in, limit, true);
	}

	/**
	 * At most {@code limit} bytes of {@code in}, which closing this leaves open: one entry of a
	 * {@link java.util.zip.ZipInputStream} that goes on to the next entry.
	 */
	public static BoundedInput keepingOpen(InputStream in, long limit) {
		return new BoundedInput(in, limit, false);
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

	@Override
	public void close() throws IOException {
		if (this.closesSource) {
			super.close();
		}
	}

	private void count(long n) throws TooLarge {
		this.count += n;
		if (this.count > this.limit) {
			throw new TooLarge(this.limit);
		}
	}

}
