/**
 * Protection of personal data at rest (R12.1, R12.2) with international or commercial
 * algorithms (R12.6): the {@link org.tongban.shared.crypto.FieldCipher} seals values and
 * the {@link org.tongban.shared.crypto.FileCipher} files, the
 * {@link org.tongban.shared.crypto.BlindIndex} finds values again; keys come from
 * {@code tongban.crypto.*}.
 */
package org.tongban.shared.crypto;
