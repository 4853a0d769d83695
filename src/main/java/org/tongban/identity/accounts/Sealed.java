package org.tongban.identity.accounts;

/**
 * A personal number as it is stored (R12.1): sealed by the
 * {@link org.tongban.shared.crypto.FieldCipher}, beside its
 * {@link org.tongban.shared.crypto.BlindIndex} to find the account by it. Embedded in an
 * entity under a prefix, so the columns are {@code <prefix>ciphertext} and
 * {@code <prefix>blind_index}.
 */
public record Sealed(String ciphertext, String blindIndex) {
}
