/**
 * Protection of personal data at rest (R12.1) with international or commercial algorithms (R12.6): the
 * {@link org.tongban.shared.crypto.FieldCipher} seals values, the {@link org.tongban.shared.crypto.BlindIndex}
 * finds them again; keys come from {@code tongban.crypto.*}.
 */
package org.tongban.shared.crypto;
