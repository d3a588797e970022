package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile: no demo data and no demo users, the first administrator from the environment.
 * Runs on its own empty in-memory database, since it is about what start-up creates.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:prod-profile;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa",
    "spring.datasource.password=",
    "grievance.admin.user=chief",
    "grievance.admin.password=Vn@Secure-2026!"})
@ActiveProfiles({"test", "prod"})
class ProductionProfileTest {

  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @Test
  void startsWithoutDemoDataAndWithTheAdministratorFromTheEnvironment() {
    assertThat(identity.createUserQuery().userId("tiepnhan").count()).isZero();
    assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("chief");
    assertThat(identity.createUserQuery().userId("chief").memberOfGroup("camunda-admin").count()).isEqualTo(1);
    assertThat(identity.checkPassword("chief", "Vn@Secure-2026!")).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE demo").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM regulation").query(Long.class).single()).isZero();
    // the structural units and their groups exist in every installation
    assertThat(identity.createGroupQuery().groupIdIn("reception", "leadership", "auditors", "camunda-admin").count()).isEqualTo(4);
  }
}
