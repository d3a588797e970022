package vn.police.grievance.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class only against a reachable PostgreSQL server. On a laptop without
 * one the tests are reported as skipped, with the reason; in CI (environment variable CI=true)
 * an unreachable server fails them instead, so CI can never pass without PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface PostgresAvailable {}
