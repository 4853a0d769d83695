package org.tongban.shared.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's {@link FieldCipher}, {@link FileCipher} and {@link BlindIndex}, built at
 * start-up so that a missing or malformed key stops the platform before it stores
 * anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

	@Bean
	FieldCipher fieldCipher(CryptoProperties properties) {
		return properties.fieldCipher();
	}

	@Bean
	FileCipher fileCipher(CryptoProperties properties) {
		return properties.fileCipher();
	}

	@Bean
	BlindIndex blindIndex(CryptoProperties properties) {
		return properties.blindIndex();
	}

}
