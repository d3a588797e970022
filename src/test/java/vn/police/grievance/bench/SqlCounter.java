package vn.police.grievance.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Counts what goes to a database through one DataSource: every SQL statement executed (each entry
 * of a JDBC batch counts as one), the round trips that carried them (a batch is one), and the
 * commits. While {@link #breakdown} is on it also sorts the statements by kind and table (the
 * first table after INSERT INTO / UPDATE / DELETE FROM / FROM), which costs a regular expression
 * per statement and is therefore off while times are measured.
 */
final class SqlCounter {

  private static final Pattern TABLE = Pattern.compile(
      "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([\\w.\"]+)|\\bfrom\\s+([\\w.\"]+)",
      Pattern.CASE_INSENSITIVE);

  private final LongAdder statements = new LongAdder();
  private final LongAdder roundTrips = new LongAdder();
  private final LongAdder commits = new LongAdder();
  private final LongAdder autoCommitted = new LongAdder();
  private final Map<String, LongAdder> byKindAndTable = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byText = new ConcurrentHashMap<>();
  volatile boolean breakdown;

  /** A snapshot of the counters; subtract two to get what happened in between. */
  record Counts(long statements, long roundTrips, long commits, long autoCommitted, Map<String, Long> byKindAndTable,
      Map<String, Long> byText) {

    Counts minus(Counts before) {
      return new Counts(statements - before.statements, roundTrips - before.roundTrips, commits - before.commits,
          autoCommitted - before.autoCommitted, difference(byKindAndTable, before.byKindAndTable), difference(byText, before.byText));
    }

    Counts plus(Counts other) {
      Map<String, Long> tables = new TreeMap<>(byKindAndTable);
      other.byKindAndTable.forEach((k, v) -> tables.merge(k, v, Long::sum));
      Map<String, Long> texts = new TreeMap<>(byText);
      other.byText.forEach((k, v) -> texts.merge(k, v, Long::sum));
      return new Counts(statements + other.statements, roundTrips + other.roundTrips, commits + other.commits,
          autoCommitted + other.autoCommitted, tables, texts);
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
      Map<String, Long> result = new TreeMap<>(after);
      before.forEach((k, v) -> result.merge(k, -v, Long::sum));
      result.values().removeIf(v -> v == 0);
      return result;
    }
  }

  Counts counts() {
    Map<String, Long> tables = new TreeMap<>();
    byKindAndTable.forEach((k, v) -> tables.put(k, v.sum()));
    Map<String, Long> texts = new TreeMap<>();
    byText.forEach((k, v) -> texts.put(k, v.sum()));
    return new Counts(statements.sum(), roundTrips.sum(), commits.sum(), autoCommitted.sum(), tables, texts);
  }

  DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (method, args) -> {
      Object result = invoke(target, method, args);
      return result instanceof Connection connection ? wrapConnection(connection) : result;
    });
  }

  private Connection wrapConnection(Connection target) {
    Connection[] self = new Connection[1];
    self[0] = proxy(Connection.class, target, (method, args) -> {
      String name = method.getName();
      if (name.equals("commit")) {
        commits.increment();
      }
      Object result = invoke(target, method, args);
      if (result instanceof CallableStatement statement) {
        return wrapStatement(CallableStatement.class, statement, target, self[0], (String) args[0]);
      }
      if (result instanceof PreparedStatement statement) {
        return wrapStatement(PreparedStatement.class, statement, target, self[0], (String) args[0]);
      }
      if (result instanceof Statement statement) {
        return wrapStatement(Statement.class, statement, target, self[0], null);
      }
      return result;
    });
    return self[0];
  }

  private <S extends Statement> S wrapStatement(Class<S> type, S target, Connection connection, Connection proxied, String prepared) {
    List<String> batch = new ArrayList<>();
    return proxy(type, target, (method, args) -> {
      String name = method.getName();
      boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
      switch (name) {
        case "addBatch":
          synchronized (batch) {
            batch.add(withSql ? (String) args[0] : prepared);
          }
          break;
        case "clearBatch":
          synchronized (batch) {
            batch.clear();
          }
          break;
        case "executeBatch":
        case "executeLargeBatch":
          roundTrips.increment();
          synchronized (batch) {
            for (String sql : batch) {
              executed(sql, connection);
            }
            batch.clear();
          }
          break;
        case "execute":
        case "executeQuery":
        case "executeUpdate":
        case "executeLargeUpdate":
          roundTrips.increment();
          executed(withSql ? (String) args[0] : prepared, connection);
          break;
        case "getConnection":
          return proxied;
        default:
          break;
      }
      return invoke(target, method, args);
    });
  }

  private void executed(String sql, Connection connection) throws Exception {
    statements.increment();
    if (connection.getAutoCommit()) {
      autoCommitted.increment();
    }
    if (breakdown) {
      byKindAndTable.computeIfAbsent(kindAndTable(sql), k -> new LongAdder()).increment();
      byText.computeIfAbsent(sql == null ? "?" : sql.strip().replaceAll("\\s+", " "), k -> new LongAdder()).increment();
    }
  }

  /** "SELECT act_ru_task", "INSERT act_hi_actinst", ...: the statement's verb and its first table. */
  static String kindAndTable(String sql) {
    if (sql == null) {
      return "? ?";
    }
    String trimmed = sql.strip();
    int space = 0;
    while (space < trimmed.length() && Character.isLetter(trimmed.charAt(space))) {
      space++;
    }
    String kind = space == 0 ? "?" : trimmed.substring(0, space).toUpperCase(Locale.ROOT);
    Matcher table = TABLE.matcher(trimmed);
    String name = "-";
    if (table.find()) {
      name = (table.group(1) != null ? table.group(1) : table.group(2)).replace("\"", "").toLowerCase(Locale.ROOT);
    }
    return kind + " " + name;
  }

  private interface Handler {
    Object handle(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    InvocationHandler invocation = (proxy, method, args) -> {
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "counted " + target;
        default:
          return handler.handle(method, args);
      }
    };
    return type.cast(Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, invocation));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
