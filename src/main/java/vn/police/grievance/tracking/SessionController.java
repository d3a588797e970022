package vn.police.grievance.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.police.grievance.process.People;
import vn.police.grievance.regulation.RegulationCatalogue;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;

/**
 * Who the application's own pages work for, and the token their changes carry: a page signed in
 * with the session cookie posts with the CSRF token it reads here.
 */
@RestController
@RequestMapping("/api/session")
@Tag(name = "Session", description = "The signed-in person, for the application's pages")
class SessionController {

  private final CurrentUsers currentUsers;
  private final People people;

  SessionController(CurrentUsers currentUsers, People people) {
    this.currentUsers = currentUsers;
    this.people = people;
  }

  /**
   * {@code administrator} and {@code keepsCatalogue} only decide which links a page shows; every
   * API checks the caller itself.
   */
  record Session(String userId, String name, String csrfHeader, String csrfParameter, String csrfToken,
      boolean administrator, boolean keepsCatalogue) {}

  @GetMapping
  @Operation(operationId = "getSession", summary = "The signed-in person and the CSRF token of their session")
  @ApiResponse(responseCode = "200", description = "The person")
  Session get(HttpServletRequest request) {
    CurrentUser user = currentUsers.current();
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Session(user.userId(), people.nameOf(user.userId()),
        csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getParameterName(),
        csrf == null ? null : csrf.getToken(), user.isAdministrator(), RegulationCatalogue.keeps(user));
  }
}
