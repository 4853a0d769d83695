package org.tongban.licence.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.shared.InvalidParameterException;
import org.tongban.storage.AttachmentContent;

/**
 * The recipient's handwritten signature at a hall hand-over (R6.4): a photo or scan the
 * clerk uploads, kept only if it is a PNG or JPEG image that decodes, of at most 1 MB and
 * 4000 × 4000 pixels. The size is read from the header before the image is decoded, so
 * that a small file claiming a huge picture is refused without filling the memory.
 */
final class SignatureImages {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_SIDE = 4000;

	static final String PARAMETER = "signature";

	private SignatureImages() {
	}

	/**
	 * At most one byte more than {@link #MAX_BYTES} of an upload, whatever size it
	 * declares, so that a larger one is refused as such; {@code null} when none was sent.
	 */
	static byte[] read(MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try (InputStream content = upload.getInputStream()) {
			return content.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw invalid();
		}
	}

	/**
	 * @return the image's file extension, {@code png} or {@code jpg}
	 * @throws InvalidParameterException when it is missing, too large, or no PNG or JPEG
	 * image that decodes
	 */
	static String check(byte[] image) {
		if (image == null || image.length == 0) {
			throw new InvalidParameterException(PARAMETER, "licence.delivery.signature.required");
		}
		if (image.length > MAX_BYTES) {
			throw tooLarge();
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw invalid();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("png") && !format.equals("jpeg")) {
					throw invalid();
				}
				reader.setInput(in, true, true);
				if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
					throw tooLarge();
				}
				reader.read(0);
				return format.equals("png") ? "png" : "jpg";
			}
			finally {
				reader.dispose();
			}
		}
		catch (InvalidParameterException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// A truncated or damaged file makes the decoders throw all sorts: none is an
			// image.
			throw invalid();
		}
	}

	/**
	 * Answers with the stored image, shown inline in the delivery's page, under the type
	 * the storage recognized and never one a browser guesses.
	 */
	static ResponseEntity<InputStreamResource> answer(AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(content.attachment().displayName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	static InvalidParameterException invalid() {
		return new InvalidParameterException(PARAMETER, "licence.delivery.signature.invalid");
	}

	private static InvalidParameterException tooLarge() {
		return new InvalidParameterException(PARAMETER, "licence.delivery.signature.tooLarge", MAX_BYTES / 1024 / 1024,
				String.valueOf(MAX_SIDE));
	}

}
