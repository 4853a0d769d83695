package org.tongban.licence.internal;

import org.tongban.shared.LocalizedText;

/** An answer as printed on a licence: its label and its value, in Chinese and English. */
public record PrintedValue(LocalizedText label, LocalizedText value) {
}
