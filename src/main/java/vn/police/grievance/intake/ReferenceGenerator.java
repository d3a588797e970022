package vn.police.grievance.intake;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Year;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Human-friendly references such as KN-2026-000042. The number comes from a database sequence, so
 * two nodes never hand out the same one; the year is the year of submission.
 */
@Component
class ReferenceGenerator {

  private static final String SEQUENCE = "item_reference_seq";

  private final DataFieldMaxValueIncrementer incrementer;
  private final String prefix;
  private final Clock clock;

  ReferenceGenerator(DataSource dataSource, @Value("${grievance.reference-prefix:KN}") String prefix, Clock clock)
      throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    this.incrementer =
        product != null && product.toLowerCase().contains("postgres")
            ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
            : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    this.prefix = prefix;
    this.clock = clock;
  }

  String next() {
    return "%s-%d-%06d".formatted(prefix, Year.now(clock).getValue(), incrementer.nextLongValue());
  }
}
