package org.tongban.storage;

import java.io.InputStream;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/** STUB */
@Service
public class Attachments {

	public StoredAttachment store(String displayName, InputStream content) {
		throw new UnsupportedOperationException();
	}

	public StoredAttachment describe(UUID id) {
		throw new UnsupportedOperationException();
	}

	public DataSize maxApplicationSize() {
		return DataSize.ofMegabytes(100);
	}

}
