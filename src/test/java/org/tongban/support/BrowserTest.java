package org.tongban.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An end-to-end test of the pages in a real, headless Chromium (Debian's chromium and
 * chromedriver) against the platform on a random port. Test methods take a
 * {@link Browser} parameter. Skipped where Chromium is missing, unless the browser suite
 * is switched on ({@code -Dtongban.it.browser=true}) or {@code CI=true}: then a missing
 * browser fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {

}
