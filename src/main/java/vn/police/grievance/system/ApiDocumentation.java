package vn.police.grievance.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document that springdoc serves at {@code /api/openapi}: who we are, how callers sign in,
 * and the one shape of every error. It describes the API; it changes nothing about how it behaves.
 *
 * <p>Every operation needs a signed-in caller, so every operation documents 401; every operation
 * that takes parameters or a body documents 400. Both are added here rather than repeated on each
 * method, and every 4xx response is given the problem-details body that {@link ProblemDetailsAdvice}
 * and the security entry point write. Controllers declare the rest (201, 403, 404, 409, exports).
 */
@Configuration
class ApiDocumentation {

  /** HTTP Basic: scripts and other systems. */
  static final String BASIC = "basicAuth";

  /** The session cookie that the login page sets: the browser, Swagger UI included. */
  static final String SESSION = "sessionCookie";

  /** The components schema of an RFC 9457 (formerly 7807) problem. */
  static final String PROBLEM = "ProblemDetail";

  static final String PROBLEM_JSON = "application/problem+json";

  static final String TITLE = "Tiếp nhận và giải quyết kiến nghị — API";

  static final String DESCRIPTION =
      """
      Difficulties and proposals of commune, ward and town police units (kiến nghị của Công an cấp xã), \
      answered by the provincial police: submit an item, follow it, search items within your units, read \
      the regulation catalogue and the organisation, and, for inspectors, the leadership and \
      administrators, read every item's complete file, export it and verify the journal's hash chain.

      **Signing in.** Every operation needs a signed-in user: HTTP Basic with a Camunda user's \
      credentials (scripts, other systems), or the session cookie that the login page at `/login` sets \
      (the browser). A request that carries the session cookie and changes something must also carry the \
      session's CSRF token; a request with Basic credentials and no cookie needs none.

      **What you see.** A commune unit sees its own items, a district its communes', a department the \
      items it studies or is consulted on; the reception office, the leadership, inspectors and \
      administrators see all of them. An item outside your scope is reported as not found (404). \
      Inspectors read everything and change nothing (403 on every write).

      **Errors** are problem details (`application/problem+json`, RFC 9457); invalid input lists each \
      field's problem under `errors`. Messages are in Vietnamese with the English in brackets.

      The workflow itself (tasks, forms, decisions) runs in Camunda Tasklist and is not part of this API.
      """;

  @Bean
  OpenAPI grievanceApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    String version = properties == null ? "development" : properties.getVersion();
    return new OpenAPI()
        .info(new Info().title(TITLE).version(version).description(DESCRIPTION))
        // Relative: the document is right for whichever host serves it.
        .servers(List.of(new Server().url("/").description("The server that serves this document")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("A Camunda user's id and password; for scripts and other systems."))
                .addSecuritySchemes(
                    SESSION,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description(
                            "The session cookie set by signing in at /login (password or single sign-on); for the"
                                + " browser. Writes sent with it also need the session's CSRF token in the"
                                + " X-CSRF-TOKEN header.")))
        // Either one: Basic credentials or a signed-in session.
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .addSecurityItem(new SecurityRequirement().addList(SESSION));
  }

  /**
   * The errors every operation shares, and one body for every 4xx; see the class comment. The schema
   * is added here, after springdoc has dropped the schemas that no scanned type refers to.
   */
  @Bean
  OpenApiCustomizer commonResponses() {
    return openApi -> {
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentation::addCommonResponses));
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
    };
  }

  private static void addCommonResponses(Operation operation) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    boolean takesInput =
        (operation.getParameters() != null && !operation.getParameters().isEmpty()) || operation.getRequestBody() != null;
    if (takesInput) {
      responses.putIfAbsent(
          "400",
          new ApiResponse()
              .description(
                  "Invalid input: a parameter or the body breaks a rule, or cannot be read; each field's problem is"
                      + " listed under errors"));
    }
    responses.putIfAbsent("401", new ApiResponse().description("Not signed in, or wrong credentials"));
    // Ordered by status code, every 4xx with the problem-details body.
    Map<String, ApiResponse> sorted = new TreeMap<>(responses);
    ApiResponses ordered = new ApiResponses();
    sorted.forEach(
        (code, response) -> {
          if (code.startsWith("4")) {
            response.setContent(
                new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
          }
          ordered.addApiResponse(code, response);
        });
    operation.setResponses(ordered);
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    Schema<?> fieldProblem =
        new ObjectSchema()
            .addProperty("field", new StringSchema().description("The parameter or body field").example("title"))
            .addProperty("message", new StringSchema().description("What is wrong with it").example("Bắt buộc nhập (required)"))
            .required(List.of("field", "message"));
    return new ObjectSchema()
        .description("An error, as RFC 9457 problem details")
        .addProperty(
            "type",
            new StringSchema()
                .format("uri")
                .description("urn:problem:grievance:validation for invalid input, otherwise about:blank")
                .example("urn:problem:grievance:validation"))
        .addProperty("title", new StringSchema().description("Short English summary").example("Invalid input"))
        .addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
        .addProperty(
            "detail",
            new StringSchema()
                .description("Vietnamese, with the English in brackets")
                .example("Dữ liệu không hợp lệ (invalid input)"))
        .addProperty(
            "instance",
            new StringSchema().format("uri-reference").description("The request's path").example("/api/items"))
        .addProperty("errors", new ArraySchema().items(fieldProblem).description("Invalid input only: one entry per problem"))
        .required(List.of("title", "status"));
  }
}
