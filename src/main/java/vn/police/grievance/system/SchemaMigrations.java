package vn.police.grievance.system;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own migrations run one node at a time. Flyway locks its history table while
 * it applies migrations, but not while it first looks at the database: two nodes on an empty
 * database could both find no history table, and the slower one then fails on a schema that is
 * no longer empty. The engine's tables are migrated the same way (process/schema/EngineSchema).
 */
@Configuration
class SchemaMigrations {

  @Bean
  FlywayMigrationStrategy oneNodeAtATime(StartupLock lock) {
    return flyway -> lock.run("the application's migrations", flyway::migrate);
  }
}
