package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine REST API and the webapps' engine API write their JSON with one shared mapper,
 * configured as Camunda configures a fresh one for every call: the same dates, the same leniency
 * with unknown properties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestObjectMapperTest {

  @LocalServerPort int port;

  @Test
  void oneMapperWritesAsCamundasOwnWould() throws Exception {
    ObjectMapper shared = new EngineRestObjectMapper().getContext(Object.class);
    assertThat(new EngineRestObjectMapper().getContext(Map.class)).isSameAs(shared);
    ObjectMapper camundas = new JacksonConfigurator().getContext(Object.class);
    Date moment = new Date(1_764_400_000_123L);
    assertThat(shared.writeValueAsString(Map.of("at", moment))).isEqualTo(camundas.writeValueAsString(Map.of("at", moment)));
    record Known(String name) {}
    assertThat(shared.readValue("{\"name\":\"a\",\"unknown\":1}", Known.class).name()).isEqualTo("a");
  }

  @Test
  void bothEngineApisAskTheSharedMapper() throws Exception {
    String base = "http://localhost:" + port;
    Map<String, HttpSession> apis = Map.of(
        "/engine-rest", HttpSession.basic(base, "tiepnhan", "Demo@2026!"),
        "/camunda/api/engine/engine/default", HttpSession.login(base, "tiepnhan", "Demo@2026!"));
    for (var api : apis.entrySet()) {
      long before = EngineRestObjectMapper.timesAsked();
      HttpResponse<String> tasks = api.getValue().get(api.getKey() + "/task?sortBy=created&sortOrder=desc&maxResults=5");
      assertThat(tasks.statusCode()).as(api.getKey() + ": " + tasks.body()).isEqualTo(200);
      assertThat(EngineRestObjectMapper.timesAsked()).as(api.getKey()).isGreaterThan(before);
    }
  }
}
