package vn.police.grievance.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every route of the engine REST API, read from the JAX-RS annotations of the REST library on
 * the class path, so that a route a later Camunda version adds is in the tests the day it ships.
 * The root is the default engine's resource; every service and sub-resource is followed
 * through its locator methods.
 */
final class EngineRoutes {

  /** One route: method, path template ({@code /task/{id}/claim}) and the Java method behind it. */
  record Route(String method, String template, Method javaMethod) {
    boolean writes() {
      return !Set.of("GET", "HEAD", "OPTIONS").contains(method);
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private EngineRoutes() {}

  static List<Route> all() {
    Set<Route> routes = new LinkedHashSet<>();
    // the default engine's root resource: one locator per REST service, as the starter serves it
    walk(org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl.class, "", routes, 0);
    if (routes.size() < 200) {
      throw new IllegalStateException("Found only " + routes.size() + " engine REST routes: the scan is broken");
    }
    List<Route> sorted = new ArrayList<>(routes);
    sorted.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
    return sorted;
  }

  private static void walk(Class<?> resource, String prefix, Set<Route> into, int depth) {
    if (depth > 6) {
      return;
    }
    for (Method m : resource.getMethods()) {
      Path path = m.getAnnotation(Path.class);
      String at = path == null ? prefix : prefix + normalise(path.value());
      String http = httpMethod(m);
      if (http != null) {
        into.add(new Route(http, at.isEmpty() ? "/" : at, m));
      } else if (path != null && !m.getReturnType().isPrimitive() && m.getReturnType() != Object.class) {
        walk(m.getReturnType(), at, into, depth + 1);
      }
    }
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String normalise(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    p = p.replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}");
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

}
