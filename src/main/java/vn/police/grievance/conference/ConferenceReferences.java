package vn.police.grievance.conference;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Year;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** References such as HN-2026-007, from a database sequence so that two nodes never share one. */
@Component
class ConferenceReferences {

  private final DataFieldMaxValueIncrementer incrementer;
  private final Clock clock;

  ConferenceReferences(DataSource dataSource, Clock clock) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    this.incrementer =
        product != null && product.toLowerCase().contains("postgres")
            ? new PostgresSequenceMaxValueIncrementer(dataSource, "conference_reference_seq")
            : new H2SequenceMaxValueIncrementer(dataSource, "conference_reference_seq");
    this.clock = clock;
  }

  String next() {
    return "HN-%d-%03d".formatted(Year.now(clock).getValue(), incrementer.nextLongValue());
  }
}
