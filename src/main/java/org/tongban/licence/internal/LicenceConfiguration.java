package org.tongban.licence.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link LicenceProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LicenceProperties.class)
class LicenceConfiguration {

}
