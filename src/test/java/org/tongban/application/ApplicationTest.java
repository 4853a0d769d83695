package org.tongban.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tongban.support.TestClock;

/**
 * A test of the application module against the whole platform with a {@link TestClock};
 * every class so annotated shares one application context. Tests that set the clock reset
 * it afterwards. {@link FoodLicenceApplications} can be autowired.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@RecordApplicationEvents
public @interface ApplicationTest {

}
