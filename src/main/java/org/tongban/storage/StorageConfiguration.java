package org.tongban.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.tongban.storage.clamav.ClamdScanner;
import org.tongban.storage.content.ContentInspection;
import org.tongban.storage.files.AttachmentFiles;
import org.tongban.storage.filesystem.FilesystemAttachmentFiles;

/**
 * The checks with their limits, the virus scanner if one is configured, and the
 * filesystem as the store of attachment files.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	ContentInspection contentInspection(StorageProperties properties) {
		return new ContentInspection(properties.maxFileSize());
	}

	@Bean
	@Conditional(ClamdConfigured.class)
	ClamdScanner clamdScanner(StorageProperties properties) {
		StorageProperties.Clamd clamd = properties.scanner().clamd();
		return clamd.socket() != null
				? ClamdScanner.overUnixSocket(clamd.socket(), clamd.connectTimeout(), clamd.timeout())
				: ClamdScanner.overTcp(clamd.host(), clamd.port(), clamd.connectTimeout(), clamd.timeout());
	}

	@Bean
	AttachmentFiles attachmentFiles(StorageProperties properties) {
		return new FilesystemAttachmentFiles(properties.directory());
	}

	static final class ClamdConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("tongban.storage.scanner.clamd", StorageProperties.Clamd.class)
				.map(StorageProperties.Clamd::configured)
				.orElse(false);
		}

	}

}
