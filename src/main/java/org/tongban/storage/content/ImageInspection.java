package org.tongban.storage.content;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;
import org.tongban.storage.AttachmentType;

/**
 * An image is sound if its header decodes to dimensions a viewer can handle. Only the
 * header is read: a small file that claims a huge image is a decompression bomb for
 * whoever displays it, so it is refused before anybody does.
 */
final class ImageInspection {

	static final int MAX_DIMENSION = 20_000;

	void check(byte[] image, AttachmentType type) {
		Dimension size = dimensions(image, type);
		if (size.width < 1 || size.height < 1) {
			throw new AttachmentRefusedException(Reason.IMAGE_CORRUPT);
		}
		if (size.width > MAX_DIMENSION || size.height > MAX_DIMENSION) {
			throw new AttachmentRefusedException(Reason.IMAGE_TOO_LARGE, size.width, size.height, MAX_DIMENSION);
		}
	}

	private static Dimension dimensions(byte[] image, AttachmentType type) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(type.extension()).next();
		// In memory: ImageIO's default cache would write the plaintext to a temporary
		// file.
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
			reader.setInput(input, true, true);
			return new Dimension(reader.getWidth(0), reader.getHeight(0));
		}
		catch (IOException | RuntimeException ex) {
			throw new AttachmentRefusedException(Reason.IMAGE_CORRUPT);
		}
		finally {
			reader.dispose();
		}
	}

}
