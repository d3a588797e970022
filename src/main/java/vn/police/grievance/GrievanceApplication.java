package vn.police.grievance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Difficulties and proposals of commune police units, answered by the provincial police. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrievanceApplication {

  public static void main(String[] args) {
    SpringApplication.run(GrievanceApplication.class, args);
  }
}
