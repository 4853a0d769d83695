package org.tongban.storage;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;

/**
 * The kinds of file an applicant may upload (R3.3), as their content, not their name,
 * shows them to be. OFD (GB/T 33190) is the national format of electronic documents and
 * licences: a ZIP container with {@code OFD.xml} at its root.
 */
public enum AttachmentType {

	PDF(MediaType.APPLICATION_PDF, "pdf"),

	JPEG(MediaType.IMAGE_JPEG, "jpg", "jpeg"),

	PNG(MediaType.IMAGE_PNG, "png"),

	OFD(MediaType.parseMediaType("application/ofd"), "ofd");

	private final MediaType mediaType;

	private final List<String> extensions;

	AttachmentType(MediaType mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/** The {@code Content-Type} to answer with. */
	public MediaType mediaType() {
		return mediaType;
	}

	/** The usual file name extension, without the dot. */
	public String extension() {
		return extensions.get(0);
	}

	/**
	 * Whether a file name ends with one of this type's extensions, whatever their case.
	 */
	public boolean isExtensionOf(String fileName) {
		String lowerCase = fileName.toLowerCase(Locale.ROOT);
		return extensions.stream().anyMatch(extension -> lowerCase.endsWith("." + extension));
	}

}
