package vn.police.grievance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON bodies sent to the engine's APIs are read here first, up to a size and a nesting depth no
 * real call comes near. The engine's JSON reader stops at 1000 levels with an error the engine
 * answers as a server failure (500); a body nested deeper than {@link #MAX_DEPTH} is answered 400
 * here, one larger than {@link #MAX_BODY} 413. Anything else goes on as it came, from the buffer.
 */
class JsonDepthGuard extends OncePerRequestFilter {

  private static final Logger SECURITY = LoggerFactory.getLogger("SECURITY");

  static final int MAX_BODY = 1024 * 1024;
  static final int MAX_DEPTH = 100;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasJsonBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      refuse(request, response, 413, "Payload too large", "Nội dung yêu cầu quá lớn, tối đa 1 MiB (request body larger than 1 MiB)");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(request, response, 413, "Payload too large", "Nội dung yêu cầu quá lớn, tối đa 1 MiB (request body larger than 1 MiB)");
      return;
    }
    if (deeperThan(body, MAX_DEPTH)) {
      refuse(request, response, 400, "Bad request",
          "Nội dung JSON lồng nhau quá " + MAX_DEPTH + " cấp (JSON nested deeper than " + MAX_DEPTH + " levels)");
      return;
    }
    chain.doFilter(new EngineQueryGuard.BufferedBodyRequest(request, body), response);
  }

  private static boolean hasJsonBody(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).contains("json") && request.getContentLengthLong() != 0;
  }

  /**
   * Whether arrays and objects nest deeper than {@code max} anywhere in the text. Reads the bytes as
   * they are: the characters that open and close them, quotes and backslashes are single bytes in
   * UTF-8 and never part of a longer character. Malformed JSON is left for the engine to answer.
   */
  static boolean deeperThan(byte[] json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '[' || b == '{') {
        if (++depth > max) {
          return true;
        }
      } else if (b == ']' || b == '}') {
        depth--;
      }
    }
    return false;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    SECURITY.warn(
        "Refused request body: {} user={} path={} source={}",
        title,
        request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName(),
        request.getRequestURI(),
        request.getRemoteAddr());
    ProblemAuthenticationEntryPoint.write(response, status, title, detail, request);
  }
}
