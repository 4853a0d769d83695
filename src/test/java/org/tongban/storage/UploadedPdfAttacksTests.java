package org.tongban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.storage.SampleFiles.concat;
import static org.tongban.storage.SampleFiles.eicar;
import static org.tongban.storage.SampleFiles.handWrittenPdf;
import static org.tongban.storage.SampleFiles.pdf;
import static org.tongban.storage.SampleFiles.stream;
import static org.tongban.storage.SampleFiles.text;
import static org.tongban.storage.SampleFiles.zip;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.support.WebPage;

/**
 * The PDFs of the attack, uploaded as the attacker did, through the materials page and
 * the API: actions written inline, EICAR after {@code %%EOF}, a PDF that is also a ZIP.
 * Each is refused with its reason next to the material, and nothing is stored (R3.3, ASVS
 * 5.2.2; issue 12 item 6).
 */
@IdentityTest
class UploadedPdfAttacksTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	FloorPlanUploads uploads;

	@BeforeEach
	void draft() {
		uploads = new FloorPlanUploads(mvc, accounts);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: scripts and launches written inline in a PDF are refused on the page")
	void inlineActionsAreRefusedOnThePage() {
		byte[] openAction = handWrittenPdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", "");
		byte[] pageAction = handWrittenPdf("", "/AA << /O << /S /Launch /F (cmd.exe) >> >>");
		byte[] annotation = handWrittenPdf("",
				"/Annots [<< /Subtype /Link /Rect [0 0 9 9] /A << /S /Launch /F (calc.exe) >> >>]");
		byte[] names = handWrittenPdf("/Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (x) >>] >> >>", "");

		for (byte[] pdf : new byte[][] { openAction, pageAction, annotation, names }) {
			WebPage refused = WebPage.of(uploads.onThePage(pdf));
			assertThat(refused.status()).isEqualTo(200);
			assertThat(refused.text()).contains("PDF 文件含有脚本", "出于安全考虑不予接收");
		}
		assertThat(uploads.floorPlans()).isZero();
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: EICAR after %%EOF and a PDF that is also a ZIP are refused by the API")
	void appendedDataAndPolyglotsAreRefusedByTheApi() {
		var appended = uploads.throughTheApi(concat(pdf("carrier"), eicar()));
		assertThat(appended).hasStatus(422);
		assertThat(FloorPlanUploads.problem(appended)).containsEntry("parameter", "file")
			.extractingByKey("detail")
			.asString()
			.contains("%%EOF");

		byte[] polyglot = handWrittenPdf("", "", stream("", zip(Map.of("setup.exe", text("MZ")))));
		var refused = uploads.throughTheApi(polyglot);
		assertThat(refused).hasStatus(422);
		assertThat(FloorPlanUploads.problem(refused)).extractingByKey("detail").asString().contains("压缩包");

		assertThat(uploads.floorPlans()).isZero();
		assertThat(uploads.throughTheApi(pdf("floor plan"))).hasStatus(201);
		assertThat(uploads.floorPlans()).isOne();
	}

}
