package vn.police.grievance.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A password check that fails because the store is gone is never a wrong password. */
class PasswordCheckOutageTest {

  final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  final CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(
      identity, new VerifiedCredentials(java.time.Duration.ZERO, java.time.Clock.systemUTC()));

  @Test
  void aCheckThatFailsInAnUnrecognisedWayWhileTheStoreCannotAnswerIsAnOutage() {
    when(identity.checkPassword(anyString(), anyString())).thenThrow(new IllegalStateException("connection closed"));
    when(identity.createUserQuery().userId(anyString()).count()).thenThrow(new IllegalStateException("still closed"));
    assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("xa.longhoa", "Demo@2026!")))
        .isInstanceOf(DataAccessResourceFailureException.class);
  }

  @Test
  void aCheckThatFailsWhileTheStoreAnswersIsAWrongPassword() {
    // people provisioned by single sign-on have no password stored
    when(identity.checkPassword(anyString(), anyString())).thenThrow(new IllegalStateException("no password"));
    when(identity.createUserQuery().userId(anyString()).count()).thenReturn(1L);
    assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("sso.user", "x")))
        .isInstanceOf(BadCredentialsException.class);
  }
}
