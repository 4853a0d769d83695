package org.tongban.support;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a {@link TestClock} as its primary clock (registered in
 * {@code META-INF/spring.factories}), so that no test, whatever its annotations, runs on
 * the real time.
 */
class TestClockCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestClockCustomizer();
	}

	private static final class TestClockCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			RootBeanDefinition clock = new RootBeanDefinition(TestClock.class, TestClock::atDemoDay);
			clock.setPrimary(true);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
		}

		// One customizer for every context, so that it never splits the context cache.
		@Override
		public boolean equals(Object other) {
			return other instanceof TestClockCustomizer;
		}

		@Override
		public int hashCode() {
			return TestClockCustomizer.class.hashCode();
		}

	}

}
