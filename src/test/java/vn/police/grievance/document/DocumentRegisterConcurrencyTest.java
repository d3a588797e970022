package vn.police.grievance.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register under concurrent issuing from two application contexts (two nodes: each its own
 * connection pool, transaction manager and register) on one database: every number is taken once,
 * the numbers run without a gap, and a number taken by an issue that rolls back is given back
 * rather than lost.
 */
class DocumentRegisterConcurrencyTest {

  /** The database the nodes of the running test share. */
  static volatile String url;
  static volatile String user;
  static volatile String password;
  static final String KIND = "CV-CAT";
  static final int YEAR = 2026;

  final List<AnnotationConfigApplicationContext> nodes = new ArrayList<>();

  /** One node: its own pool, transactions and register. */
  @Configuration
  @EnableTransactionManagement
  static class Node {
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource() {
      HikariDataSource pool = new HikariDataSource();
      pool.setJdbcUrl(url);
      pool.setUsername(user);
      pool.setPassword(password);
      pool.setMaximumPoolSize(6);
      return pool;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
      return JdbcClient.create(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @Bean
    DocumentRegister documentRegister(JdbcClient jdbc, PlatformTransactionManager transactions) {
      return new DocumentRegister(jdbc, transactions);
    }
  }

  @AfterEach
  void stopNodes() {
    nodes.forEach(AnnotationConfigApplicationContext::close);
  }

  private AnnotationConfigApplicationContext node() {
    AnnotationConfigApplicationContext node = new AnnotationConfigApplicationContext(Node.class);
    nodes.add(node);
    return node;
  }

  @Test
  void twoNodesIssuingAtOnceTakeEveryNumberOnceWithoutGaps() throws Exception {
    url = "jdbc:h2:mem:register-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    user = "sa";
    password = "";
    issueConcurrently("classpath:db/migration");
  }

  /** The same on PostgreSQL, on a database of its own. */
  @Nested
  @vn.police.grievance.support.PostgresAvailable
  class OnPostgres {
    @Test
    void twoNodesIssuingAtOnceTakeEveryNumberOnceWithoutGaps() throws Exception {
      String database = "register_" + Long.toString(System.nanoTime(), 36);
      String server = vn.police.grievance.support.PostgresCondition.url();
      JdbcClient admin = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
          server, vn.police.grievance.support.PostgresCondition.user(), vn.police.grievance.support.PostgresCondition.password()));
      admin.sql("CREATE DATABASE " + database).update();
      try {
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        url = base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : server.substring(query));
        user = vn.police.grievance.support.PostgresCondition.user();
        password = vn.police.grievance.support.PostgresCondition.password();
        issueConcurrently("classpath:db/migration", "classpath:db/vendor/postgresql");
      } finally {
        stopNodes();
        nodes.clear();
        admin.sql("DROP DATABASE " + database).update();
      }
    }
  }

  private void issueConcurrently(String... locations) throws Exception {
    AnnotationConfigApplicationContext first = node();
    Flyway.configure().dataSource(first.getBean(DataSource.class)).locations(locations)
        .table("app_schema_history").placeholders(java.util.Map.of("app_role", "grievance_app")).load().migrate();
    AnnotationConfigApplicationContext second = node();

    int perThread = 15;
    int threadsPerNode = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threadsPerNode * 2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (AnnotationConfigApplicationContext node : List.of(first, second)) {
      DocumentRegister register = node.getBean(DocumentRegister.class);
      TransactionTemplate tx = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
      for (int t = 0; t < threadsPerNode; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Integer> taken = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            boolean rollBack = i % 5 == thread % 5;
            Integer number = tx.execute(status -> {
              int n = register.nextNumber(KIND, YEAR);
              register.keep(new DocumentRegister.NewDocument(KIND, YEAR, "CAT-PTM", "Công văn " + n, null, "lanhdao",
                  OffsetDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.ofHours(7))), n, new byte[] {1}, new byte[] {2});
              if (rollBack) {
                // the issue fails after taking its number: the number goes back to the register
                status.setRollbackOnly();
                return null;
              }
              return n;
            });
            if (number != null) {
              taken.add(number);
            }
          }
          return taken;
        }));
      }
    }
    start.countDown();
    List<Integer> all = new ArrayList<>();
    for (Future<List<Integer>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();

    Collections.sort(all);
    assertThat(all).doesNotHaveDuplicates();
    assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
    JdbcClient db = first.getBean(JdbcClient.class);
    assertThat(db.sql("SELECT COUNT(*) FROM issued_document WHERE kind = ? AND doc_year = ?").params(KIND, YEAR)
        .query(Integer.class).single()).isEqualTo(all.size());
    assertThat(db.sql("SELECT last_number FROM document_counter WHERE kind = ? AND doc_year = ?").params(KIND, YEAR)
        .query(Integer.class).single()).isEqualTo(all.size());
    // another register (the conference notices') numbers on its own from 1
    TransactionTemplate tx = new TransactionTemplate(second.getBean(PlatformTransactionManager.class));
    Integer firstNotice = tx.execute(s -> second.getBean(DocumentRegister.class).nextNumber("TB-CAT", YEAR));
    assertThat(firstNotice).isEqualTo(1);
  }
}
