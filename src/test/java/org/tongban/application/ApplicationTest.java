package org.tongban.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.support.TestClock;

/**
 * A test of the application module against the whole platform with a {@link TestClock}; every class so annotated
 * shares one application context. Tests that set the clock reset it afterwards. {@link FoodLicenceApplications} can be
 * autowired.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@RecordApplicationEvents
@Import(ApplicationTest.Fixtures.class)
public @interface ApplicationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Fixtures {

		@Bean
		FoodLicenceApplications foodLicenceApplications(Drafts drafts, ApplicationMaterials materials,
				Submissions submissions, Accounts accounts) {
			return new FoodLicenceApplications(drafts, materials, submissions, new TestAccounts(accounts));
		}

	}

}
