package org.tongban.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Images made for a test, as a clerk would upload them (e.g. a recipient's signature).
 */
public final class TestImages {

	private TestImages() {
	}

	/** A small PNG of a handwritten-like stroke. */
	public static byte[] signature() {
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D pen = image.createGraphics();
		pen.setColor(Color.WHITE);
		pen.fillRect(0, 0, 120, 40);
		pen.setColor(Color.BLACK);
		pen.setStroke(new BasicStroke(2));
		pen.drawPolyline(new int[] { 5, 25, 40, 60, 80, 115 }, new int[] { 30, 8, 32, 10, 30, 12 }, 6);
		pen.dispose();
		return png(image);
	}

	/**
	 * A PNG of random pixels, which do not compress: about {@code 3 × width × height}
	 * bytes.
	 */
	public static byte[] noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return png(image);
	}

	/** A blank PNG of any size, small as a file. */
	public static byte[] blank(int width, int height) {
		return png(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY));
	}

	private static byte[] png(BufferedImage image) {
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
