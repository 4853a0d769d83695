package org.tongban.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;

/**
 * An attachment opened for download: its metadata and a stream of its decrypted bytes,
 * which the caller closes. A controller answers with the headers chosen here, never with
 * anything the uploader sent, and adds {@code X-Content-Type-Options: nosniff} so that no
 * browser guesses another type from the bytes: <pre>
 * ResponseEntity.ok()
 *     .contentType(content.mediaType())
 *     .header(HttpHeaders.CONTENT_DISPOSITION, content.contentDisposition().toString())
 *     .header("X-Content-Type-Options", "nosniff")
 *     .body(new InputStreamResource(content.stream()));
 * </pre>
 */
public record AttachmentContent(StoredAttachment attachment, InputStream stream) implements Closeable {

	public MediaType mediaType() {
		return attachment.type().mediaType();
	}

	/**
	 * {@code attachment; filename*=UTF-8''...}: a download, never shown inline, under the
	 * display name, which may be Chinese.
	 */
	public ContentDisposition contentDisposition() {
		return ContentDisposition.attachment().filename(attachment.displayName(), StandardCharsets.UTF_8).build();
	}

	@Override
	public void close() throws IOException {
		stream.close();
	}

}
