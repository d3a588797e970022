package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where we build, so the container files are checked statically: they
 * must agree with the application's own configuration names, paths and artifact, pin every image,
 * and run two nodes behind one port.
 */
class DockerFilesTest {

  static final List<String> APP_NODES = List.of("app1", "app2");

  /** name:tag with a version of at least major.minor (an optional leading v), never latest. */
  static final Pattern PINNED = Pattern.compile("^[a-z0-9./_-]+:v?\\d+\\.\\d+[0-9A-Za-z._-]*$");

  static String read(String... path) throws Exception {
    return Files.readString(Path.of("", path));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> services() throws Exception {
    Map<String, Object> compose = new Yaml().load(read("docker", "docker-compose.yml"));
    return (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> service(String name) throws Exception {
    return (Map<String, Object>) services().get(name);
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeStartsPostgresAndTwoNodesWithTheVariablesTheApplicationReads() throws Exception {
    assertThat(services()).containsKeys("postgres", "app1", "app2", "proxy");
    String postgresProfile = read("src", "main", "resources", "application-postgres.yaml");
    for (String node : APP_NODES) {
      Map<String, Object> app = service(node);
      Map<String, Object> environment = (Map<String, Object>) app.get("environment");
      for (String variable : new String[] {"GRIEVANCE_DB_URL", "GRIEVANCE_DB_USER", "GRIEVANCE_DB_PASSWORD"}) {
        assertThat(environment).as(node).containsKey(variable);
        assertThat(postgresProfile).contains("${" + variable);
      }
      assertThat(environment.get("SPRING_PROFILES_ACTIVE").toString()).contains("postgres");
      assertThat(((Map<String, Object>) app.get("build")).get("dockerfile")).isEqualTo("docker/Dockerfile");
      assertThat(((Map<String, Object>) app.get("build")).get("context")).isEqualTo("..");
    }
    assertThat(service("postgres").get("image").toString()).startsWith("postgres:15.");
    // the first node creates the schemas alone: the second waits until it is ready
    assertThat(service("app2").get("depends_on").toString()).contains("app1").contains("service_healthy");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyServiceRestartsAndTheNodesAreGivenTimeToStartBeforeTheirProbeCounts() throws Exception {
    for (Map.Entry<String, Object> entry : services().entrySet()) {
      assertThat(((Map<String, Object>) entry.getValue()).get("restart")).as(entry.getKey()).isEqualTo("unless-stopped");
    }
    for (String node : APP_NODES) {
      Map<String, Object> healthcheck = (Map<String, Object>) service(node).get("healthcheck");
      assertThat(healthcheck.get("test").toString()).contains("/actuator/health/readiness");
      assertThat(seconds(healthcheck.get("start_period").toString())).as(node).isGreaterThanOrEqualTo(90);
    }
  }

  @Test
  void everyImageIsPinnedToAnExactVersion() throws Exception {
    List<String> images = new ArrayList<>();
    for (String line : read("docker", "Dockerfile").lines().toList()) {
      if (line.startsWith("FROM ")) {
        images.add(line.split("\\s+")[1]);
      }
    }
    assertThat(images).hasSize(2);
    for (Map.Entry<String, Object> entry : services().entrySet()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> definition = (Map<String, Object>) entry.getValue();
      // an application node's image is the one it builds from the Dockerfile above
      if (definition.get("image") != null && definition.get("build") == null) {
        images.add(definition.get("image").toString());
      }
    }
    assertThat(images).hasSizeGreaterThanOrEqualTo(5);
    assertThat(images).allSatisfy(image -> {
      assertThat(image).as("pinned version tag").matches(PINNED);
      assertThat(image).doesNotContainIgnoringCase(":latest");
    });
  }

  @Test
  void theBuildContextLeavesOutBuildOutputDataAndGit() throws Exception {
    assertThat(Path.of(".dockerignore")).isRegularFile();
    List<String> ignored = read(".dockerignore").lines().map(String::strip).filter(l -> !l.startsWith("#")).toList();
    assertThat(ignored).contains("target/", "data/", ".git");
    // ... but not what the build needs
    for (String needed : new String[] {"src", "processes", "forms", ".mvn", "mvnw", "pom.xml"}) {
      assertThat(ignored).as(needed).noneMatch(l -> l.equals(needed) || l.equals(needed + "/"));
    }
  }

  @Test
  void theImageBuildsTheJarOfThisProjectAndRunsItFromItsLayers() throws Exception {
    String dockerfile = read("docker", "Dockerfile");
    String pom = read("pom.xml");
    assertThat(pom).contains("<artifactId>grievance-handling</artifactId>");
    assertThat(dockerfile).contains("target/grievance-handling-*.jar");
    for (String folder : new String[] {"src", "processes", "forms", ".mvn"}) {
      assertThat(dockerfile).contains("COPY " + folder + " ");
      assertThat(Path.of(folder)).isDirectory();
    }
    assertThat(dockerfile).contains("USER grievance").contains("prod");
    assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList())
        .allSatisfy(l -> assertThat(l).contains("eclipse-temurin:17"));

    assertThat(dockerfile).contains("java -Djarmode=tools -jar /src/app.jar extract --layers --launcher");
    List<String> layers = new ArrayList<>();
    Matcher copy = Pattern.compile("(?m)^COPY --from=build /src/extracted/([a-z-]+)/ \\./$").matcher(dockerfile);
    while (copy.find()) {
      layers.add(copy.group(1));
    }
    assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    assertThat(dockerfile).contains("org.springframework.boot.loader.launch.JarLauncher");
  }

  @Test
  void theImageProbesReadinessAfterAStartPeriodThatFitsTheStartUp() throws Exception {
    // continuation lines joined: the instruction on one line
    String dockerfile = read("docker", "Dockerfile").replace("\\\n", " ");
    String probe = dockerfile.lines().filter(l -> l.startsWith("HEALTHCHECK ")).findFirst().orElseThrow();
    assertThat(probe).contains("/actuator/health/readiness");
    Matcher startPeriod = Pattern.compile("--start-period=(\\w+)").matcher(probe);
    assertThat(startPeriod.find()).isTrue();
    assertThat(seconds(startPeriod.group(1))).isGreaterThanOrEqualTo(90);
  }

  @Test
  @SuppressWarnings("unchecked")
  void oneNginxPortReachesBothNodesAndKeepsAClientOnItsNode() throws Exception {
    Map<String, Object> proxy = service("proxy");
    assertThat(proxy.get("ports").toString()).contains("8080:8080");
    assertThat(proxy.get("volumes").toString()).contains("./nginx.conf:/etc/nginx/nginx.conf");
    String nginx = read("docker", "nginx.conf");
    assertThat(nginx).contains("listen 8080;").contains("proxy_pass http://grievance;");
    assertThat(nginx).containsPattern("(?m)^\\s*(ip_hash|sticky cookie|hash \\$cookie_\\w+)");
    for (String node : APP_NODES) {
      assertThat(nginx).contains("server " + node + ":8080");
      assertThat(service(node)).doesNotContainKey("ports");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void prometheusScrapesEachNodeAsAnOperator() throws Exception {
    Map<String, Object> config = new Yaml().load(read("docker", "prometheus.yml"));
    Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
    assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
    assertThat(job.get("static_configs").toString()).contains("app1:8080").contains("app2:8080");
    String operator = ((Map<String, Object>) job.get("basic_auth")).get("username").toString();
    assertThat(read("src", "main", "java", "vn", "police", "grievance", "demo", "DemoData.java"))
        .contains("user(\"" + operator + "\"").contains("Groups.OPERATORS");
    assertThat(service("prometheus").get("volumes").toString()).contains("./prometheus.yml:/etc/prometheus/prometheus.yml");
  }

  /** A Docker duration: 120s, 2m, 1m30s. */
  static long seconds(String duration) {
    return Duration.parse("PT" + duration.toUpperCase()).toSeconds();
  }
}
