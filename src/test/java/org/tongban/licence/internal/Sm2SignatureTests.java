package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.IdentityTest;
import org.tongban.licence.LicenceStatus;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.audit.Audit;
import org.tongban.support.TestClock;

/**
 * R6.3: SM2, selectable for the platform's own verification, signs a licence whose PDF
 * the platform verifies as it does ECDSA's: the signature with SM3 and SM2 under an SM2
 * CA verifies, the upload of the PDF issued is valid, and one byte changed is forged.
 */
@IdentityTest
class Sm2SignatureTests {

	@Autowired
	LicencePdf pdf;

	@Autowired
	LicenceStore store;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	Audit audit;

	@Autowired
	TestClock clock;

	@Test
	@DisplayName("R6.3: a licence signed with SM2 (SM3withSM2) verifies through the platform's own verification, valid on upload; a changed byte is forged")
	void anSm2SignedLicenceVerifies(@TempDir Path directory) throws Exception {
		var keys = new LicenceKeys(new LicenceProperties(URI.create("http://localhost:8080"), directory,
				LicenceProperties.KeyAlgorithm.SM2, null, null, 30, DataSize.ofMegabytes(5)), clock);
		var signatures = new LicenceSignatures(keys, clock);
		LicenceKeys.SigningKey key = keys.of("YBJ", "医保局");
		assertThat(key.signatureAlgorithm()).isEqualTo("SM3withSM2");
		assertThat(key.certificate().getSigAlgName()).containsIgnoringCase("SM2");

		LicenceRecord licence = licence(null, null);
		byte[] signed = signatures.sign(pdf.render(licence, "医保局", "http://localhost:8080/verify/" + licence.id()), key,
				"医保局", "SM2");

		int covered;
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			covered = signature.getByteRange()[1] / 2;
			var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
					ContentInfo.getInstance(new ASN1InputStream(signature.getContents()).readObject()));
			assertThat(cms.getSignerInfos().getSigners().iterator().next().getDigestAlgOID()).as("SM3")
				.isEqualTo("1.2.156.10197.1.401");
		}
		assertThat(signatures.problem(signed)).isEmpty();
		byte[] changed = signed.clone();
		// A byte the signature covers, before its value.
		changed[covered] ^= 0x01;
		assertThat(signatures.problem(changed)).isPresent();

		store.insertIfAbsent(licence(UUID.randomUUID(), Licences.sha256(signed)));
		var licences = new Licences(store, signatures, catalog, audit, clock);
		assertThat(licences.check(signed).status()).isEqualTo(LicenceStatus.VALID);
		assertThat(licences.check(changed).status()).isEqualTo(LicenceStatus.FORGED);
	}

	/** An enterprise's filing certificate, as the issuer records it. */
	private LicenceRecord licence(UUID attachmentId, String sha256) {
		return new LicenceRecord(ID, CASE, "TB20261127999990", "YBJ-YDJYBA", 1, "MEDICAL_FILING",
				LocalizedText.of("异地就医备案凭证", "Certificate of filing"), UUID.randomUUID(), false, "D市国密测试有限公司",
				"91210202MA0Q5K7D3U", "YBJ", TestClock.DEMO_DAY, TestClock.DEMO_DAY.plusYears(1).minusDays(1),
				List.of(new PrintedValue(LocalizedText.of("参保类型", "Insurance"),
						LocalizedText.of("职工基本医疗保险", "Employees"))),
				attachmentId, sha256, clock.instant(), null, null);
	}

	private static final String ID = LicenceIssuer.newId();

	private static final UUID CASE = UUID.randomUUID();

}
