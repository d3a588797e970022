package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where we build, so the container files are checked statically: they
 * must agree with the application's own configuration names, paths and artifact.
 */
class DockerFilesTest {

  @Test
  @SuppressWarnings("unchecked")
  void composeStartsPostgresAndTheServiceWithTheVariablesTheApplicationReads() throws Exception {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker", "docker-compose.yml")));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    assertThat(services).containsKeys("postgres", "app");
    Map<String, Object> app = (Map<String, Object>) services.get("app");
    Map<String, Object> environment = (Map<String, Object>) app.get("environment");
    String postgresProfile = Files.readString(Path.of("src", "main", "resources", "application-postgres.yaml"));
    for (String variable : new String[] {"GRIEVANCE_DB_URL", "GRIEVANCE_DB_USER", "GRIEVANCE_DB_PASSWORD"}) {
      assertThat(environment).containsKey(variable);
      assertThat(postgresProfile).contains("${" + variable);
    }
    assertThat(environment.get("SPRING_PROFILES_ACTIVE").toString()).contains("postgres");
    assertThat(((Map<String, Object>) app.get("build")).get("dockerfile")).isEqualTo("docker/Dockerfile");
    assertThat(((Map<String, Object>) services.get("postgres")).get("image").toString()).startsWith("postgres:15");
  }

  @Test
  void theImageBuildsTheJarOfThisProjectAndProbesItsHealthEndpoint() throws Exception {
    String dockerfile = Files.readString(Path.of("docker", "Dockerfile"));
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).contains("<artifactId>grievance-handling</artifactId>");
    assertThat(dockerfile).contains("target/grievance-handling-*.jar");
    for (String folder : new String[] {"src", "processes", "forms", ".mvn"}) {
      assertThat(dockerfile).contains("COPY " + folder + " ");
      assertThat(Path.of(folder)).isDirectory();
    }
    assertThat(dockerfile).contains("/actuator/health").contains("USER grievance").contains("prod");
    assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList())
        .allSatisfy(l -> assertThat(l).contains("eclipse-temurin:17"));
  }
}
