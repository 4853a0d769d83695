package org.tongban.catalog.forms;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.pdf.PdfFonts;

/**
 * The application form of a matter version as a PDF to print and fill in (R2.2:
 * downloadable forms): the form's sections and fields as labelled blanks, the materials
 * checklist and the applicant's declaration. It asks what the online form asks, so that a
 * paper application at the window is the same application (R2.4, R13.4).
 */
@Component
public class ApplicationFormDocument {

	/** Codes of a fixed length get one box per character. */
	private static final int CODE_LENGTH = 18;

	private final PdfFonts fonts;

	private final MessageSource messages;

	ApplicationFormDocument(PdfFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	public byte[] render(MatterGuide guide, Locale locale) {
		var texts = new Texts(locale);
		MatterVersion version = guide.version();
		String name = texts.of(version.name());
		return fonts.render((document, text) -> {
			describe(document, guide, texts);
			try (var pages = new FormPages(document, text)) {
				pages.title(texts.message("catalog.pdf.title", name));
				pages.paragraph(texts.message("catalog.pdf.matter", guide.code(), version.version(),
						texts.date(version), texts.of(guide.department().name())), FormPages.SMALL, true);
				pages.space(6);
				pages.paragraph(texts.message("catalog.pdf.instructions"), FormPages.BODY, false);
				for (FormDefinition.Section section : version.form().sections()) {
					pages.heading(texts.of(section.title()));
					for (FormDefinition.Field field : section.fields()) {
						field(pages, field, texts);
					}
				}
				materials(pages, version, texts);
				declaration(pages, version, texts);
				pages.footers((page, of) -> texts.message("catalog.pdf.footer", name, guide.code(), version.version(),
						page, of));
			}
		});
	}

	private void describe(PDDocument document, MatterGuide guide, Texts texts) {
		var info = document.getDocumentInformation();
		info.setTitle(texts.message("catalog.pdf.title", texts.of(guide.version().name())) + " (" + guide.code() + " v"
				+ guide.version().version() + ")");
		info.setAuthor(texts.of(guide.department().name()));
		info.setCreator(texts.message("site.name"));
		document.getDocumentCatalog().setLanguage(texts.languageTag());
	}

	private void field(FormPages pages, FormDefinition.Field field, Texts texts) throws IOException {
		String label = texts.of(field.label()) + (field.required() ? " *" : "");
		String hint = texts.of(field.help());
		switch (field.type()) {
			case TEXTAREA, ADDRESS ->
				pages.box(label, hint, field.type() == FormDefinition.FieldType.ADDRESS ? 36 : 64);
			case ID_NUMBER, USCC -> pages.cells(label, hint, CODE_LENGTH);
			case SELECT, RADIO ->
				pages.choices(label, hint, field.options().stream().map(option -> texts.of(option.label())).toList());
			case CHECKBOX -> {
				if (field.isMultipleChoice()) {
					pages.choices(label, join(hint, texts.message("catalog.pdf.multipleChoice")),
							field.options().stream().map(option -> texts.of(option.label())).toList());
				}
				else {
					pages.choices(texts.message("catalog.pdf.confirm") + (field.required() ? " *" : ""), hint,
							List.of(texts.of(field.label())));
				}
			}
			case DATE -> pages.box(label, join(hint, texts.message("catalog.pdf.dateFormat")), 22);
			case MONEY -> pages.box(label, join(hint, texts.message("catalog.pdf.moneyUnit")), 22);
			default -> pages.box(label, hint, 22);
		}
	}

	private void materials(FormPages pages, MatterVersion version, Texts texts) throws IOException {
		pages.heading(texts.message("catalog.pdf.materials"));
		pages.paragraph(texts.message("catalog.pdf.materials.hint"), FormPages.SMALL, true);
		pages.space(4);
		int number = 0;
		for (MatterVersion.Material material : version.materials()) {
			List<String> notes = new ArrayList<>();
			notes.add(material.required() ? texts.message("catalog.material.required")
					: texts.message("catalog.pdf.material.conditional", texts.of(material.requiredWhen())));
			notes.add(texts.message("catalog.material.formAndCopies",
					texts.message("catalog.materialForm." + material.form()), material.copies()));
			if (material.licenceType() != null) {
				notes.add(texts.message("catalog.pdf.material.licence"));
			}
			pages.tick(++number + ". " + texts.of(material.name()),
					String.join(texts.message("catalog.pdf.separator"), notes));
		}
	}

	private void declaration(FormPages pages, MatterVersion version, Texts texts) throws IOException {
		pages.heading(texts.message("catalog.pdf.declaration"));
		pages.paragraph(texts.message("catalog.pdf.declaration.text"), FormPages.BODY, false);
		if (version.informedCommitment()) {
			pages.space(4);
			pages.paragraph(texts.message("catalog.pdf.declaration.commitment"), FormPages.BODY, false);
		}
		pages.space(8);
		pages.signatureLines(List.of(texts.message("catalog.pdf.signature"), texts.message("catalog.pdf.date")));
	}

	private static String join(String hint, String more) {
		return hint == null || hint.isBlank() ? more : hint + " " + more;
	}

	/** The texts of one document, in its language. */
	private final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String of(LocalizedText text) {
			return text == null ? "" : text.in(locale);
		}

		String message(String code, Object... args) {
			return messages.getMessage(code, args, locale);
		}

		String date(MatterVersion version) {
			return version.effectiveFrom().format(DateTimeFormatter.ofPattern(message("date.pattern"), locale));
		}

		String languageTag() {
			return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
		}

	}

}
