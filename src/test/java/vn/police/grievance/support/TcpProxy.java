package vn.police.grievance.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy to cut a test's database connection: it forwards a local port to the database
 * server until {@link #cut()}, which drops every open connection and refuses new ones (the port
 * stops listening), as a database that went away does. {@link #restore()} listens again on the
 * same port.
 */
public final class TcpProxy implements AutoCloseable {

  private final String upstreamHost;
  private final int upstreamPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  public TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    ServerSocket server = listen(0);
    this.port = server.getLocalPort();
    start(server);
  }

  public int port() {
    return port;
  }

  /** Drops every connection and stops listening: new connections are refused. */
  public synchronized void cut() throws IOException {
    ServerSocket server = listening;
    listening = null;
    if (server != null) {
      server.close();
    }
    for (Socket socket : open) {
      try {
        socket.setSoLinger(true, 0); // reset, as a dropped connection, rather than a polite close
      } catch (IOException alreadyClosed) {
        // nothing to reset
      }
      close(socket);
    }
    open.clear();
  }

  /** Listens again, on the same port. */
  public synchronized void restore() throws IOException {
    if (listening == null) {
      start(listen(port));
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return server;
  }

  private void start(ServerSocket server) {
    listening = server;
    Thread acceptor = new Thread(() -> accept(server), "tcp-proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException closed) {
        return;
      }
      try {
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        synchronized (this) {
          if (listening != server) { // cut while this one was being accepted
            close(client);
            close(upstream);
            continue;
          }
          open.add(client);
          open.add(upstream);
        }
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        close(client);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException ignored) {
        // one side closed: close both below
      } finally {
        close(from);
        close(to);
        open.remove(from);
        open.remove(to);
      }
    }, "tcp-proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
