package org.tongban.supervision.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail's keys, from configuration or from their files (AuditKeys). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	@Bean
	AuditKeys auditKeys(AuditProperties properties) {
		return AuditKeys.of(properties);
	}

	@Bean
	ChainMac chainMac(AuditKeys keys) {
		return new ChainMac(keys.macKey());
	}

}
