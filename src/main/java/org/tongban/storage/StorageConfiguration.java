package org.tongban.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.storage.content.ContentInspection;
import org.tongban.storage.files.AttachmentFiles;
import org.tongban.storage.filesystem.FilesystemAttachmentFiles;

/** The checks with their limits, and the filesystem as the store of attachment files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	ContentInspection contentInspection(StorageProperties properties) {
		return new ContentInspection(properties.maxFileSize());
	}

	@Bean
	AttachmentFiles attachmentFiles(StorageProperties properties) {
		return new FilesystemAttachmentFiles(properties.directory());
	}

}
