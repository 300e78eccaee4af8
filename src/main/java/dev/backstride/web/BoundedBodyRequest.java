package dev.backstride.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A chunked request body that stops with {@link BodyTooLarge} once it passes its limit. */
class BoundedBodyRequest extends HttpServletRequestWrapper {

	private final int limit;

	BoundedBodyRequest(HttpServletRequest request, int limit) {
		super(request);
		this.limit = limit;
	}

	static class BodyTooLarge extends IOException {

		BodyTooLarge(int limit) {
			super("A JSON request body may be at most " + limit / 1024 + " KiB.");
		}

	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ServletInputStream in = super.getInputStream();
		return new ServletInputStream() {

			private long read;

			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b >= 0 && ++this.read > BoundedBodyRequest.this.limit) {
					throw new BodyTooLarge(BoundedBodyRequest.this.limit);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int off, int len) throws IOException {
				int n = in.read(buffer, off, len);
				if (n > 0 && (this.read += n) > BoundedBodyRequest.this.limit) {
					throw new BodyTooLarge(BoundedBodyRequest.this.limit);
				}
				return n;
			}

			@Override
			public boolean isFinished() {
				return in.isFinished();
			}

			@Override
			public boolean isReady() {
				return in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				in.setReadListener(listener);
			}

		};
	}

}
