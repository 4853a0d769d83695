package org.tongban.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body larger than {@code tongban.web.max-json-size} (64 KB: the largest form of a
 * matter needs a few) is answered 413 before anything parses it, so that nobody makes the
 * platform build objects from megabytes of JSON. The multipart limit is for uploads only
 * ({@link UploadLimitFilter}). A body of unknown length (chunked) is read up to the
 * limit, and no further.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final DataSize maxSize;

	private final FilterAnswers answers;

	JsonBodyLimitFilter(@Value("${tongban.web.max-json-size:64KB}") DataSize maxSize, FilterAnswers answers) {
		this.maxSize = maxSize;
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isJson(request)) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > maxSize.toBytes()) {
			refuse(request, response);
			return;
		}
		if (declared >= 0) {
			// The container reads no more than the declared length.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxSize.toBytes() + 1));
		if (body.length > maxSize.toBytes()) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// The rest of the body is not read: the connection cannot serve another request.
		response.setHeader("Connection", "close");
		answers.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.body.tooLarge", maxSize.toKilobytes());
	}

	private static boolean isJson(HttpServletRequest request) {
		if (request.getContentType() == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(request.getContentType());
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (InvalidMediaTypeException ex) {
			// Spring MVC refuses it (415) without reading the body.
			return false;
		}
	}

	/** The request with its body, already read, served from memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
					: Charset.forName(getCharacterEncoding());
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
