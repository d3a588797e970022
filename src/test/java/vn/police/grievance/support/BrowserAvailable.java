package vn.police.grievance.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class only where Debian's Chromium and its chromedriver are installed
 * (/usr/bin/chromium, /usr/bin/chromedriver; CHROMIUM_BIN and CHROMEDRIVER_BIN point elsewhere).
 * Without them the tests are reported as skipped, with the reason; in CI (CI=true) they fail
 * instead, so CI can never pass without having driven a real browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
public @interface BrowserAvailable {}
