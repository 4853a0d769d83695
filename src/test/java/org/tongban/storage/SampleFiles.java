package org.tongban.storage;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.tongban.support.Clamd;

/**
 * Real files of every kind an applicant might upload, good and bad, made afresh by each
 * test.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A one-page PDF whose text, uncompressed, holds {@code marker}. */
	public static byte[] pdf(String marker) {
		return pdf(marker, document -> {
		}, CompressParameters.NO_COMPRESSION);
	}

	/** A PDF that opens only with the password "secret". */
	public static byte[] passwordProtectedPdf() {
		return pdf("secret",
				document -> document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission())),
				CompressParameters.NO_COMPRESSION);
	}

	/** A PDF that opens without a password but forbids copying and printing. */
	public static byte[] restrictedPdf() {
		AccessPermission permissions = new AccessPermission();
		permissions.setCanPrint(false);
		permissions.setCanExtractContent(false);
		return pdf("restricted", document -> document.protect(new StandardProtectionPolicy("owner", "", permissions)),
				CompressParameters.NO_COMPRESSION);
	}

	/**
	 * A PDF that runs a script when it is opened, hidden in a compressed object stream.
	 */
	public static byte[] scriptedPdf() {
		return pdf("scripted",
				document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')")),
				CompressParameters.DEFAULT_COMPRESSION);
	}

	/** A PDF that carries a program as an attachment. */
	public static byte[] pdfWithEmbeddedFile() {
		return pdf("carrier", document -> {
			var file = new PDEmbeddedFile(document, new ByteArrayInputStream(exe()));
			var specification = new PDComplexFileSpecification();
			specification.setFile("setup.exe");
			specification.setEmbeddedFile(file);
			var tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("setup.exe", specification));
			var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
		}, CompressParameters.NO_COMPRESSION);
	}

	/**
	 * A one-page PDF written by hand, as an attacker writes one, with a correct
	 * cross-reference table: object 1 is the catalog with {@code catalog} inside, 2 the
	 * page tree, 3 the page with {@code page} inside, then {@code objects} from 4 on.
	 * Written in Latin-1, so that a string can carry any bytes.
	 */
	public static byte[] handWrittenPdf(String catalog, String page, String... objects) {
		List<String> bodies = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R " + catalog + " >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + page + " >>"));
		bodies.addAll(List.of(objects));
		StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < bodies.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(bodies.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(bodies.size() + 1).append("\n0000000000 65535 f\r\n");
		offsets.forEach(offset -> pdf.append("%010d 00000 n\r\n".formatted(offset)));
		pdf.append("trailer\n<< /Size ")
			.append(bodies.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A stream object holding {@code content} as it is, for {@link #handWrittenPdf}. */
	public static String stream(String dictionary, byte[] content) {
		return "<< " + dictionary + " /Length " + content.length + " >>\nstream\n"
				+ new String(content, StandardCharsets.ISO_8859_1) + "\nendstream";
	}

	/** The anti-virus test file of EICAR, which every scanner reports as a virus. */
	public static byte[] eicar() {
		return text(Clamd.EICAR);
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	public static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height);
	}

	/**
	 * A PNG whose header claims a huge image, the rest of it missing: a decompression
	 * bomb for a viewer.
	 */
	public static byte[] pngClaiming(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 6, 0, 0, 0 });
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(png, "IHDR", header.array());
		chunk(png, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	/** The start of a Windows program. */
	public static byte[] exe() {
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		return exe;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A minimal OFD document (GB/T 33190): the entry file at the root and one document.
	 */
	public static byte[] ofd() {
		return zip(ofdEntries());
	}

	/** An OFD whose document holds {@code entries} as well. */
	public static byte[] ofdWith(Map<String, byte[]> entries) {
		Map<String, byte[]> all = ofdEntries();
		all.putAll(entries);
		return zip(all);
	}

	/** An OFD holding {@code megabytes} of zeros, which deflate some thousand times. */
	public static byte[] ofdBomb(int megabytes) {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (var entry : ofdEntries().entrySet()) {
				write(zip, entry.getKey(), entry.getValue());
			}
			zip.putNextEntry(new ZipEntry("Doc_0/Res/zeros.bin"));
			byte[] megabyte = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(megabyte);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bomb.toByteArray();
	}

	public static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream archive = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(archive)) {
			for (var entry : entries.entrySet()) {
				write(zip, entry.getKey(), entry.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return archive.toByteArray();
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] truncated(byte[] file) {
		return Arrays.copyOf(file, file.length / 2);
	}

	private static Map<String, byte[]> ofdEntries() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("OFD.xml", text("""
				<?xml version="1.0" encoding="UTF-8"?>
				<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">
				  <ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>
				</ofd:OFD>"""));
		entries.put("Doc_0/Document.xml", text("""
				<?xml version="1.0" encoding="UTF-8"?>
				<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">
				  <ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>
				</ofd:Document>"""));
		entries.put("Doc_0/Pages/Page_0/Content.xml", text("""
				<?xml version="1.0" encoding="UTF-8"?>
				<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content/></ofd:Page>"""));
		return entries;
	}

	private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static byte[] pdf(String marker, DocumentChange change, CompressParameters compression) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 720);
				text.showText(marker);
				text.endText();
			}
			change.apply(document);
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			document.save(pdf, compression);
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	@FunctionalInterface
	private interface DocumentChange {

		void apply(PDDocument document) throws IOException;

	}

}
