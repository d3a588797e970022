package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.police.grievance.system.Groups;

/**
 * An API client sending HTTP Basic credentials with every request is checked against the user store
 * once a while: a change made through this node's engine reaches it at once, one made behind the
 * engine's back (as on another node) when the while runs out, and a wrong password never passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BasicCredentialsTest {

  static final String PASSWORD = "Demo@2026!";
  static final String NEW_PASSWORD = "Khac@2026!moi";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void user(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Máy khách");
      user.setLastName("Tích hợp");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
  }

  /** Over a real connection, as an API client sends it: a fresh client each time, no cookie kept. */
  private int status(String path, String userId, String password) throws Exception {
    return HttpSession.basic("http://localhost:" + port, userId, password).get(path).statusCode();
  }

  private int notices(String userId, String password) throws Exception {
    return status("/api/notifications/unread-count", userId, password);
  }

  /** What a change on another node looks like here: the store changes, this node's engine is not told. */
  private void changePasswordBehindTheEnginesBack(String userId) {
    String otherHash = jdbc.sql("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = 'tiepnhan'").query(String.class).single();
    String otherSalt = jdbc.sql("SELECT SALT_ FROM ACT_ID_USER WHERE ID_ = 'tiepnhan'").query(String.class).single();
    jdbc.sql("UPDATE ACT_ID_USER SET PWD_ = ?, SALT_ = ? WHERE ID_ = ?").params(otherHash + "x", otherSalt, userId).update();
  }

  private static void later(int seconds) {
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + seconds * 1000L));
  }

  @Test
  void aPasswordChangedElsewhereReachesARememberedClientWhenTheWhileRunsOut() throws Exception {
    user("api.khac.nut");
    assertThat(notices("api.khac.nut", PASSWORD)).isEqualTo(200);

    changePasswordBehindTheEnginesBack("api.khac.nut");
    assertThat(notices("api.khac.nut", PASSWORD)).as("remembered for a while").isEqualTo(200);

    later(61);
    assertThat(notices("api.khac.nut", PASSWORD)).as("asked again once the while has run out").isEqualTo(401);
  }

  @Test
  void aPasswordChangedThroughThisNodesEngineCountsAtOnce() throws Exception {
    user("api.doi.matkhau");
    assertThat(notices("api.doi.matkhau", PASSWORD)).isEqualTo(200);

    User user = identity.createUserQuery().userId("api.doi.matkhau").singleResult();
    user.setPassword(NEW_PASSWORD);
    identity.saveUser(user);

    assertThat(notices("api.doi.matkhau", NEW_PASSWORD)).isEqualTo(200);
    assertThat(notices("api.doi.matkhau", PASSWORD)).isEqualTo(401);
  }

  @Test
  void aWrongPasswordNeverPassesAndMakesTheNextRightOneBeCheckedAgain() throws Exception {
    user("api.sai.matkhau");
    assertThat(notices("api.sai.matkhau", PASSWORD)).isEqualTo(200);

    assertThat(notices("api.sai.matkhau", PASSWORD + "x")).isEqualTo(401);

    // past the engine's short lock after one failure, well within the while: the right password
    // was forgotten with the failure, so the store is asked, and it has changed meanwhile
    later(10);
    changePasswordBehindTheEnginesBack("api.sai.matkhau");
    assertThat(notices("api.sai.matkhau", PASSWORD)).isEqualTo(401);
  }

  @Test
  void aMembershipTakenAwayThroughThisNodesEngineCountsAtOnce() throws Exception {
    user("api.vanhanh");
    identity.createMembership("api.vanhanh", Groups.OPERATORS);
    assertThat(status("/actuator/info", "api.vanhanh", PASSWORD)).isEqualTo(200);

    identity.deleteMembership("api.vanhanh", Groups.OPERATORS);
    assertThat(status("/actuator/info", "api.vanhanh", PASSWORD)).isEqualTo(403);
  }

  @Test
  void aSignInThroughTheLoginFormAlwaysAsksTheStore() throws Exception {
    user("api.dang.nhap");
    assertThat(notices("api.dang.nhap", PASSWORD)).isEqualTo(200);

    changePasswordBehindTheEnginesBack("api.dang.nhap");
    var signIn = HttpSession.anonymous("http://localhost:" + port).submitLoginForm("api.dang.nhap", PASSWORD);
    assertThat(signIn.statusCode()).isEqualTo(302);
    // a wrong password, told as one, counted once: not "locked" by a second count of the same attempt
    assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = 'api.dang.nhap'").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void anotherPersonsRightPasswordDoesNotOpenARememberedAccount() throws Exception {
    user("api.mot");
    user("api.hai");
    User two = identity.createUserQuery().userId("api.hai").singleResult();
    two.setPassword(NEW_PASSWORD);
    identity.saveUser(two);
    assertThat(notices("api.mot", PASSWORD)).isEqualTo(200);
    assertThat(notices("api.hai", NEW_PASSWORD)).isEqualTo(200);

    assertThat(notices("api.mot", NEW_PASSWORD)).isEqualTo(401);
    assertThat(notices("api.hai", PASSWORD)).isEqualTo(401);
  }
}
