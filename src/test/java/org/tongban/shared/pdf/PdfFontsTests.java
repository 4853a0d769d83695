package org.tongban.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The documents the platform issues read back as written, in Chinese and Latin alike,
 * however many are made at once: the parsed font a document borrows is never another's at
 * the same time.
 */
class PdfFontsTests {

	@Test
	void documentsMadeAtOnceEachCarryTheirOwnText() throws Exception {
		var fonts = new PdfFonts(new ClassPathResource("fonts/DroidSansFallbackFull.ttf"));
		List<String> texts = List.of("准予行政许可决定书 TB20261127000001", "受理通知书 TB20261127000002", "不予受理通知书 TB20261127000003",
				"补正材料通知书 TB20261127000004", "特殊环节告知书 TB20261127000005", "食品经营许可申请表 SCJGJ-SPJYXK",
				"建筑工程施工许可 ZJJ-JZGCSGXK", "不予行政许可决定书 TB20261127000008");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> read = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (String text : texts) {
					read.add(pool.submit(readBack(fonts, text)));
				}
			}
			for (int i = 0; i < read.size(); i++) {
				assertThat(read.get(i).get()).contains(texts.get(i % texts.size()));
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static Callable<String> readBack(PdfFonts fonts, String text) {
		return () -> {
			byte[] pdf = fonts.render((document, fontsOfDocument) -> {
				try (var flow = new PdfFlow(document, fontsOfDocument, 50, 1.5f)) {
					flow.write(flow.margin(), text, 12, Color.BLACK);
				}
			});
			try (var document = Loader.loadPDF(pdf)) {
				return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			}
		};
	}

}
