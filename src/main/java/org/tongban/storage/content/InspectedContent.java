package org.tongban.storage.content;

import org.tongban.storage.AttachmentType;

/** An upload that passed every check, with the type its content shows. */
public record InspectedContent(AttachmentType type, byte[] bytes) {
}
