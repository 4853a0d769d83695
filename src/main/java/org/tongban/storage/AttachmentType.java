package org.tongban.storage;

/** STUB */
public enum AttachmentType {

	PDF, JPEG, PNG, OFD

}
