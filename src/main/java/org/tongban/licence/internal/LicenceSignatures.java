package org.tongban.licence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a licence PDF as a PAdES baseline signature (ETSI EN 319 142, B-B) and checks the
 * signatures of a PDF given back (R6.3): a CMS detached signature
 * ({@code ETSI.CAdES.detached}) over the byte range of an incremental save, with the
 * signing-certificate-v2 attribute and without the signing-time attribute (PAdES takes
 * the time from the signature dictionary), so that ordinary PDF readers and poppler's
 * {@code pdfsig} verify it.
 */
@Component
public class LicenceSignatures {

	private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	/** Room for the CMS signature with its two certificates, RSA 3072 included. */
	private static final int SIGNATURE_SIZE = 16_384;

	private final LicenceKeys keys;

	private final Clock clock;

	LicenceSignatures(LicenceKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** The PDF signed by the department's key, as an incremental update. */
	public byte[] sign(byte[] pdf, LicenceKeys.SigningKey key, String signerName, String reason) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(CADES_DETACHED);
			signature.setName(signerName);
			signature.setReason(reason);
			var signed = new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()));
			signed.setTimeInMillis(clock.millis());
			signature.setSignDate(signed);
			var options = new SignatureOptions();
			options.setPreferredSignatureSize(SIGNATURE_SIZE);
			document.addSignature(signature, options);
			var out = new ByteArrayOutputStream();
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(cms(external.getContent().readAllBytes(), key));
			options.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] cms(byte[] content, LicenceKeys.SigningKey key) throws IOException {
		try {
			X509Certificate certificate = key.certificate();
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			var attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(certificateHash) }))));
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().setProvider(LicenceKeys.PROVIDER).build())
				.setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
				.build(new JcaContentSignerBuilder(key.signatureAlgorithm()).setProvider(LicenceKeys.PROVIDER)
					.build(key.key()), certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Cannot sign the licence", ex);
		}
	}

	/**
	 * Checks every signature of an untrusted PDF: each covers the whole file but its own
	 * value, its CMS signature verifies, and its signer's certificate was issued by one
	 * of the platform's licence CAs and was valid when it signed.
	 * @return why the PDF is not genuine, or empty if it is
	 */
	public Optional<String> problem(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return Optional.of("not signed");
			}
			for (PDSignature signature : signatures) {
				Optional<String> problem = problem(signature, pdf);
				if (problem.isPresent()) {
					return problem;
				}
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			// Untrusted input: whatever cannot be read is no genuine licence.
			return Optional.of("unreadable: " + ex.getClass().getSimpleName());
		}
	}

	private Optional<String> problem(PDSignature signature, byte[] pdf) throws IOException {
		int[] range = signature.getByteRange();
		byte[] value = signature.getContents();
		if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
				|| (long) range[2] + range[3] != pdf.length || range[2] - range[1] != 2 * (long) value.length + 2) {
			return Optional.of("the signature does not cover the whole file");
		}
		try {
			var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signedData(value));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return Optional.of("not one signer");
			}
			SignerInformation signer = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return Optional.of("no signer certificate");
			}
			X509Certificate certificate = new JcaX509CertificateConverter().setProvider(LicenceKeys.PROVIDER)
				.getCertificate(matches.iterator().next());
			if (!signer.verify(
					new JcaSimpleSignerInfoVerifierBuilder().setProvider(LicenceKeys.PROVIDER).build(certificate))) {
				return Optional.of("the CMS signature does not verify");
			}
			Calendar signed = signature.getSignDate();
			certificate.checkValidity(signed == null ? Date.from(clock.instant()) : signed.getTime());
			return issuedByAnchor(certificate) ? Optional.empty()
					: Optional.of("the signer is no department of the platform");
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.of("the signature does not verify: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * The CMS structure at the head of a signature value, which is padded with zeros to
	 * the room reserved for it.
	 */
	private static ContentInfo signedData(byte[] value) throws IOException {
		try (var in = new ASN1InputStream(value)) {
			ASN1Primitive first = in.readObject();
			if (first == null) {
				throw new IOException("empty signature value");
			}
			return ContentInfo.getInstance(first);
		}
	}

	private boolean issuedByAnchor(X509Certificate certificate) {
		for (X509Certificate anchor : keys.anchors()) {
			if (anchor.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
				try {
					certificate.verify(anchor.getPublicKey(), LicenceKeys.PROVIDER);
					return true;
				}
				catch (GeneralSecurityException ex) {
					// Another CA of the same name: try the next.
				}
			}
		}
		return false;
	}

	/** The default signed attributes and the given ones, but signing-time (PAdES B-B). */
	private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

		WithoutSigningTime(AttributeTable attributes) {
			super(attributes);
		}

		@Override
		public AttributeTable getAttributes(java.util.Map parameters) {
			return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
		}

	}

}
