package org.tongban.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * The algorithms that protect personal data are the real ones (R12.1, R12.6): each gives
 * the answer that its standard publishes, through the same code path that seals and
 * indexes the platform's data.
 */
class CommercialAndInternationalAlgorithmsTests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void sm3GivesTheDigestsOfGbT32905() throws Exception {
		MessageDigest sm3 = MessageDigest.getInstance("SM3", ShangMi.PROVIDER);

		assertThat(hex(sm3.digest(ascii("abc"))))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		assertThat(hex(sm3.digest(ascii("abcd".repeat(16)))))
			.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void sm4GivesTheCiphertextsOfGbT32907() throws Exception {
		byte[] key = bytes("0123456789abcdeffedcba9876543210");
		Cipher sm4 = Cipher.getInstance("SM4/ECB/NoPadding", ShangMi.PROVIDER);
		sm4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "SM4"));

		byte[] block = sm4.doFinal(key);
		assertThat(hex(block)).isEqualTo("681edf34d206965e86b3e94f536e4246");

		block = key;
		for (int i = 0; i < 1_000_000; i++) {
			block = sm4.doFinal(block);
		}
		assertThat(hex(block)).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
	}

	/** RFC 8998, appendix A.1. */
	@Test
	void sm4GcmSealsAndOpensTheVectorOfRfc8998() throws Exception {
		var key = CipherAlgorithm.SM4_GCM.key(bytes("0123456789ABCDEFFEDCBA9876543210"));
		byte[] iv = bytes("00001234567800000000ABCD");
		byte[] associatedData = bytes("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
		byte[] plaintext = bytes("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
				+ "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
		String ciphertextAndTag = "17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
				+ "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
				+ "83de3541e4c2b58177e065a9bf7b62ec";

		assertThat(hex(CipherAlgorithm.SM4_GCM.seal(key, iv, associatedData, plaintext))).isEqualTo(ciphertextAndTag);
		assertThat(CipherAlgorithm.SM4_GCM.open(key, iv, associatedData, bytes(ciphertextAndTag))).isEqualTo(plaintext);
	}

	/**
	 * The GCM specification of McGrew and Viega, test case 14 (AES-256, zero key and IV).
	 */
	@Test
	void aesGcmSealsTheVectorOfTheGcmSpecification() {
		var key = CipherAlgorithm.AES_GCM.key(new byte[32]);

		byte[] sealed = CipherAlgorithm.AES_GCM.seal(key, new byte[12], new byte[0], new byte[16]);

		assertThat(hex(sealed)).isEqualTo("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919");
	}

	/** GM/T 0042-2015, appendix D.3, first example. */
	@Test
	void hmacSm3GivesTheMacOfGmT0042() {
		byte[] key = bytes("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
		byte[] data = ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".repeat(2));

		assertThat(hex(IndexAlgorithm.HMAC_SM3.mac(key, data)))
			.isEqualTo("ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a");
	}

	/** RFC 4231, test case 2. */
	@Test
	void hmacSha256GivesTheMacOfRfc4231() {
		assertThat(hex(IndexAlgorithm.HMAC_SHA256.mac(ascii("Jefe"), ascii("what do ya want for nothing?"))))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	private static byte[] bytes(String hex) {
		return HEX.parseHex(hex);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String hex(byte[] bytes) {
		return HEX.formatHex(bytes);
	}

}
