package vn.police.grievance.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes two weak spots of the 7.24 engine at the edge, for the engine REST API and the webapps'
 * own engine API alike.
 *
 * <p>Expressions in task queries: the engine refuses an expression at the top level of an ad-hoc
 * task query but evaluates one nested in {@code orQueries}, and a stored filter evaluates its
 * expressions when run, also inside {@code orQueries}. An expression can reach Spring beans. So
 * every task query, filter run and filter body is parsed and judged at any depth: an ad-hoc query
 * or a filter run may carry no expression at all; a filter created or changed (administrators
 * only, by engine grant) may carry only the built-in date and identity functions.
 *
 * <p>Unbounded results: every list call is capped at {@code max-query-results}.
 */
public class EngineQueryGuard extends OncePerRequestFilter {

  private static final Logger SECURITY = LoggerFactory.getLogger("SECURITY");

  /** Path after /engine-rest or /camunda/api/engine/engine/{name}. */
  private static final Pattern ENGINE_PATH =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");

  private static final Pattern TASK_QUERY = Pattern.compile("^/task(?:/count)?/?$");
  private static final Pattern FILTER_RUN = Pattern.compile("^/filter/[^/]+/(?:list|count|singleResult)/?$");
  private static final Pattern FILTER_WRITE = Pattern.compile("^/filter(?:/create|/[^/]+)/?$");

  /** The expressions Tasklist's own filters use: who is asking, and dates relative to now. */
  static final Pattern ALLOWED_FILTER_EXPRESSION =
      Pattern.compile(
          "^\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
              + "|dateTime\\(\\)(?:\\.(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\d{1,4}\\))*"
              + "(?:\\.toDate\\(\\))?)\\s*}$");

  private static final int MAX_BODY = 256 * 1024;

  private final ObjectMapper json = new ObjectMapper();
  private final int maxResults;

  public EngineQueryGuard(int maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher engine = ENGINE_PATH.matcher(path);
    if (!engine.matches()) {
      chain.doFilter(request, response);
      return;
    }
    String resource = engine.group(1);
    boolean taskQuery = TASK_QUERY.matcher(resource).matches();
    boolean filterRun = FILTER_RUN.matcher(resource).matches();
    boolean filterWrite =
        FILTER_WRITE.matcher(resource).matches() && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    HttpServletRequest guarded = new CappedRequest(request, maxResults);
    if (taskQuery || filterRun || filterWrite) {
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        reject(request, response, 413, "query body too large");
        return;
      }
      Optional<String> problem = inspectParameters(request);
      if (problem.isEmpty() && body.length > 0) {
        try {
          problem = inspect(json.readTree(body), filterWrite, "$");
        } catch (IOException malformed) {
          problem = Optional.empty(); // the engine answers malformed JSON itself
        }
      }
      if (problem.isPresent()) {
        reject(request, response, 400, problem.get());
        return;
      }
      guarded = new CappedRequest(new BufferedBodyRequest(request, body), maxResults);
    }
    chain.doFilter(guarded, response);
  }

  private static Optional<String> inspectParameters(HttpServletRequest request) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (parameter.getKey().endsWith("Expression")) {
        return Optional.of("query parameter " + parameter.getKey());
      }
      for (String value : parameter.getValue()) {
        if (containsExpression(value)) {
          return Optional.of("expression in query parameter " + parameter.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** Walks the whole JSON tree: nested orQueries and stored-filter queries included. */
  static Optional<String> inspect(JsonNode node, boolean allowBuiltInFunctions, String where) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String at = where + "." + field.getKey();
        if (field.getKey().endsWith("Expression")) {
          if (!allowBuiltInFunctions || !field.getValue().isTextual()
              || !ALLOWED_FILTER_EXPRESSION.matcher(field.getValue().asText()).matches()) {
            return Optional.of("expression at " + at);
          }
          continue;
        }
        Optional<String> nested = inspect(field.getValue(), allowBuiltInFunctions, at);
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> nested = inspect(node.get(i), allowBuiltInFunctions, where + "[" + i + "]");
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isTextual() && containsExpression(node.asText())) {
      return Optional.of("expression at " + where);
    }
    return Optional.empty();
  }

  private static boolean containsExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static void reject(HttpServletRequest request, HttpServletResponse response, int status, String why)
      throws IOException {
    SECURITY.warn(
        "Refused engine query: {} user={} path={} source={}",
        why,
        request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName(),
        request.getRequestURI(),
        request.getRemoteAddr());
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(
        "{\"type\":\"urn:problem:grievance:query-refused\",\"title\":\"Query refused\",\"status\":" + status
            + ",\"detail\":\"Truy vấn chứa biểu thức không được phép (expressions are not allowed in queries)\"}");
  }

  /** Replays a body that was read for inspection. */
  static final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /** Sets maxResults to the cap when it is missing or larger. */
  static final class CappedRequest extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    CappedRequest(HttpServletRequest request, int cap) {
      super(request);
      Map<String, String[]> copy = new HashMap<>(request.getParameterMap());
      String[] given = copy.get("maxResults");
      int requested;
      try {
        requested = given == null || given.length == 0 ? Integer.MAX_VALUE : Integer.parseInt(given[0]);
      } catch (NumberFormatException e) {
        requested = Integer.MAX_VALUE;
      }
      if (requested > cap || requested < 0) {
        copy.put("maxResults", new String[] {Integer.toString(cap)});
      }
      this.parameters = Collections.unmodifiableMap(copy);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }

    @Override
    public String getQueryString() {
      StringBuilder sb = new StringBuilder();
      parameters.forEach(
          (k, values) -> {
            for (String v : values) {
              if (!sb.isEmpty()) {
                sb.append('&');
              }
              sb.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
          });
      return sb.toString();
    }
  }
}
