package vn.police.grievance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.police.grievance.journal.AuditVerifyCommand;

/** Difficulties and proposals of commune police units, answered by the provincial police. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrievanceApplication {

  public static void main(String[] args) {
    if (AuditVerifyCommand.isRequested(args)) {
      // java -jar app.jar --audit.verify: check the journal's hash chain, print, exit
      System.exit(AuditVerifyCommand.run(args));
    }
    SpringApplication.run(GrievanceApplication.class, args);
  }
}
