package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page speaks Vietnamese, carries its token, and says what went wrong. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginPageTest {

  static final String PASSWORD = "Demo@2026!";

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  /** An account of its own: a refused attempt locks the account it names for a moment. */
  private void user(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Cán bộ");
      user.setLastName("Thử đăng nhập");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
  }

  private String page(String query) throws Exception {
    var request = get("/login");
    if (!query.isEmpty()) {
      request = request.param(query.substring(1), "");
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void thePageIsVietnameseWithItsTokenAndWithoutSingleSignOnWhenNoneIsConfigured() throws Exception {
    String page = page("");
    assertThat(page).contains("lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", LoginPageFilter.SYSTEM_NAME,
        "name=\"_csrf\"", "name=\"viewport\"");
    assertThat(page).doesNotContain("Please sign in", "Username", "Password", "oauth2/authorization");
  }

  @Test
  void theBrowsersIconRequestOpensNoSessionAndIsNotKeptAsTheLandingPage() throws Exception {
    // the page asks for no icon; a browser that asks anyway gets no session, nor a way back to it
    assertThat(page("")).contains("<link rel=\"icon\" href=\"data:,\">");
    var icon = mvc.perform(get("/favicon.ico").header("Accept", "image/avif,image/webp,image/*,*/*;q=0.8"))
        .andReturn();
    assertThat(icon.getResponse().getStatus()).isNotIn(302, 401, 403);
    assertThat(icon.getRequest().getSession(false)).isNull();
    assertThat(icon.getResponse().getHeader("Set-Cookie")).isNull();
  }

  @Test
  void aWrongPasswordAndALogoutAreToldInVietnamese() throws Exception {
    user("sai.matkhau");
    mvc.perform(post("/login").with(csrf()).param("username", "sai.matkhau").param("password", "sai-mat-khau"))
        .andExpect(redirectedUrl("/login?error"));
    // one attempt counts once, however many times Spring Security asks
    assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = 'sai.matkhau'").query(Integer.class).single()).isEqualTo(1);
    assertThat(page("?error")).contains("Tên đăng nhập hoặc mật khẩu không đúng.").doesNotContain("Invalid credentials");
    assertThat(page("?logout")).contains("Bạn đã đăng xuất.");
  }

  @Test
  void aLockedAccountIsToldSoEvenWithTheRightPassword() throws Exception {
    user("khoa.thu");
    // what the engine writes after failed attempts: the account is refused until the lock expires
    jdbc.sql("UPDATE ACT_ID_USER SET ATTEMPTS_ = 3, LOCK_EXP_TIME_ = ? WHERE ID_ = 'khoa.thu'")
        .param(Timestamp.from(Instant.now().plusSeconds(3600))).update();
    mvc.perform(post("/login").with(csrf()).param("username", "khoa.thu").param("password", PASSWORD))
        .andExpect(redirectedUrl("/login?locked"));
    assertThat(page("?locked")).contains("Tài khoản đang tạm khóa");
    // an unknown name reads like a wrong password
    mvc.perform(post("/login").with(csrf()).param("username", "khong.co.ai").param("password", PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
  }
}
