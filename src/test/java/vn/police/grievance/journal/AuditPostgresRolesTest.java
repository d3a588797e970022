package vn.police.grievance.journal;

import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import vn.police.grievance.item.Step;
import vn.police.grievance.item.JournalEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.journal.ChainReport.Problem;
import vn.police.grievance.item.ItemJournal;
import vn.police.grievance.support.PostgresAvailable;
import vn.police.grievance.support.PostgresCondition;

/**
 * The production layout on PostgreSQL: an owner role runs the migrations, the application connects
 * as its own role. The application may append journal rows (written sealed) and run the retention function,
 * but neither it nor the owner can change or remove a row while the trigger is on; an owner who
 * switches the trigger off is caught by the hash chain. Upgraded rows (written before the chain)
 * verify too. Uses a database and roles of its own, dropped afterwards.
 */
@PostgresAvailable
class AuditPostgresRolesTest {

  final String suffix = Long.toString(System.nanoTime(), 36);
  final String database = "audit_roles_" + suffix;
  final String owner = "grievance_owner_" + suffix;
  final String app = "grievance_app_" + suffix;

  JdbcClient admin;
  DataSource asOwner;
  DataSource asApp;

  static String urlOf(String database) {
    String url = PostgresCondition.url();
    return url.substring(0, url.lastIndexOf('/') + 1) + database;
  }

  @BeforeEach
  void createDatabaseAndRoles() {
    admin = JdbcClient.create(new DriverManagerDataSource(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password()));
    admin.sql("CREATE ROLE " + owner + " LOGIN PASSWORD 'owner'").update();
    admin.sql("CREATE ROLE " + app + " LOGIN PASSWORD 'app'").update();
    admin.sql("CREATE DATABASE " + database + " OWNER " + owner).update();
    asOwner = new DriverManagerDataSource(urlOf(database), owner, "owner");
    asApp = new DriverManagerDataSource(urlOf(database), app, "app");
    // what a DBA grants the application on every table the owner creates
    JdbcClient.create(asOwner)
        .sql("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO " + app)
        .update();
  }

  @AfterEach
  void dropDatabaseAndRoles() {
    admin.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
    admin.sql("DROP ROLE IF EXISTS " + app).update();
    admin.sql("DROP ROLE IF EXISTS " + owner).update();
  }

  private Flyway flyway(String target) {
    var config = Flyway.configure()
        .dataSource(asOwner)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .table("app_schema_history")
        .placeholders(Map.of("app_role", app));
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }

  @Test
  void theApplicationRoleAppendsSealedRowsButNobodyRewritesTheJournal() {
    // an installation from before the chain, with journal rows, upgraded by the owner
    flyway("2").migrate();
    JdbcClient owner = JdbcClient.create(asOwner);
    OffsetDateTime t0 = OffsetDateTime.parse("2026-02-10T08:30:00+07:00");
    owner.sql("INSERT INTO grievance_item (reference, unit_id, category, title, content, status, submitted_by, submitted_at,"
            + " updated_at) VALUES ('KN-2026-000001', 'reception', 'OTHER', 'Kiến nghị', 'Nội dung', 'IN_TRIAGE', 'tiepnhan', ?, ?)")
        .params(t0, t0).update();
    long itemId = owner.sql("SELECT id FROM grievance_item").query(Long.class).single();
    owner.sql("INSERT INTO item_event (item_id, occurred_at, actor, type, step, detail) VALUES (?,?,?,?,?,?)")
        .params(itemId, t0, "tiepnhan", "SUBMITTED", "intake", "reception").update();
    flyway(null).migrate();

    // the application, as its own role, appends to the chain
    JdbcClient appJdbc = JdbcClient.create(asApp);
    AuditChain chain = new AuditChain(asApp, new DataSourceTransactionManager(asApp), Clock.systemUTC());
    ItemJournal journal = new ItemJournal(appJdbc, chain);
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(asApp));
    for (int i = 1; i <= 3; i++) {
      int n = i;
      tx.executeWithoutResult(s -> journal.append(itemId, t0.plusHours(n), "tiepnhan", new JournalEvent.ReminderSent(Step.TRIAGE, "reception")));
    }
    ChainReport report = chain.verify();
    assertThat(report.intact()).as(report.summary()).isTrue();
    assertThat(report.checked()).isEqualTo(4);

    // the application role may not change or remove anything
    assertThatThrownBy(() -> appJdbc.sql("UPDATE item_event SET detail = 'x' WHERE seq = 2").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> appJdbc.sql("DELETE FROM item_event WHERE seq = 2").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> appJdbc.sql("TRUNCATE item_event").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    // rows are written sealed: the role has no UPDATE left, not even on the seal's columns
    assertThatThrownBy(() -> appJdbc.sql("UPDATE item_event SET seq = 99, hash = 'x' WHERE seq = 2").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> appJdbc.sql("DELETE FROM audit_chain").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
          appJdbc.sql("SELECT set_config('grievance.audit_prune_upto', '4', true)").query(String.class).single();
          appJdbc.sql("DELETE FROM item_event WHERE seq = 2").update();
        }))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");

    // the owner is refused by the trigger
    assertThatThrownBy(() -> owner.sql("UPDATE item_event SET detail = 'x' WHERE seq = 2").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.sql("DELETE FROM item_event WHERE seq = 2").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

    // an owner who switches the trigger off is caught by the chain
    owner.sql("ALTER TABLE item_event DISABLE TRIGGER item_event_append_only").update();
    owner.sql("UPDATE item_event SET detail = 'cax-long-hoa' WHERE seq = 3").update();
    owner.sql("ALTER TABLE item_event ENABLE TRIGGER item_event_append_only").update();
    ChainReport tampered = chain.verify();
    assertThat(tampered.intact()).isFalse();
    assertThat(tampered.firstBreak().position()).isEqualTo(3);
    assertThat(tampered.firstBreak().problem()).isEqualTo(Problem.ALTERED);
    owner.sql("ALTER TABLE item_event DISABLE TRIGGER item_event_append_only").update();
    owner.sql("UPDATE item_event SET detail = NULL WHERE seq = 3").update(); // a typed row's facts are in its payload
    owner.sql("ALTER TABLE item_event ENABLE TRIGGER item_event_append_only").update();

    // retention, through the owner's function, removes a prefix and leaves an anchor
    assertThat(chain.pruneUpTo(2)).isEqualTo(2);
    ChainReport pruned = chain.verify();
    assertThat(pruned.intact()).as(pruned.summary()).isTrue();
    assertThat(pruned.firstPosition()).isEqualTo(3);
    assertThat(pruned.checked()).isEqualTo(2);
    assertThatThrownBy(() -> chain.pruneUpTo(99)).isInstanceOf(DataAccessException.class);
  }
}
