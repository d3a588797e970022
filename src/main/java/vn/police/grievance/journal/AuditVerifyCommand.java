package vn.police.grievance.journal;

import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The command line verification of the journal's hash chain:
 *
 * <pre>java -jar grievance-handling.jar --audit.verify [--spring.profiles.active=postgres,prod]</pre>
 *
 * It reads the same configuration as the service (database URL, user, profiles) but starts only
 * a data source: no web server, no process engine, no migrations, nothing written. It prints one
 * line and exits with 0 when the chain is intact, 1 when it is broken (the line names the first
 * broken position), 2 when it could not verify (no database, schema missing).
 */
public class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

  public static final String ARGUMENT = "--audit.verify";
  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int FAILED = 2;

  private final AuditChain chain;
  private ChainReport report;
  private int exitCode = FAILED;

  AuditVerifyCommand(AuditChain chain) {
    this.chain = chain;
  }

  public static boolean isRequested(String... args) {
    return Arrays.asList(args).contains(ARGUMENT);
  }

  /** Runs the verification and returns the exit code; the caller exits the JVM with it. */
  public static int run(String... args) {
    return run(System.out, System.err, args);
  }

  static int run(PrintStream out, PrintStream err, String... args) {
    SpringApplication application = new SpringApplication(VerifyContext.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setBannerMode(Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    // the one line of the result is what the operator reads
    application.setDefaultProperties(java.util.Map.of("logging.level.com.zaxxer.hikari", "warn"));
    String[] springArgs = Arrays.stream(args).filter(a -> !a.equals(ARGUMENT)).toArray(String[]::new);
    try (ConfigurableApplicationContext context = application.run(springArgs)) {
      ChainReport report = context.getBean(AuditVerifyCommand.class).report;
      out.println(report.summary());
      return SpringApplication.exit(context);
    } catch (RuntimeException e) {
      err.println("Không kiểm tra được nhật ký (could not verify the audit chain): " + rootMessage(e));
      return FAILED;
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    report = chain.verify();
    exitCode = report.intact() ? INTACT : BROKEN;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** Only what verification needs: the data source, transactions and the chain. */
  @ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class
  })
  @Import({AuditChain.class, AuditVerifyCommand.class})
  static class VerifyContext {

    @Bean
    Clock clock() {
      return Clock.systemDefaultZone();
    }
  }
}
