package cn.affairs.approval.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the database, for fault tests: the application connects to {@link
 * #port()}; {@link #cut()} drops every open connection and turns new ones away (as a database that
 * restarts does), {@link #restore()} lets them through again. The machine's database itself is
 * never stopped.
 */
public final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String host;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;

  public TcpProxy(String host, int targetPort) throws IOException {
    this.host = host;
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    daemon("tcp-proxy-accept", this::accept);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Drops every connection and refuses new ones until {@link #restore()}. */
  public void cut() {
    cut = true;
    for (int round = 0; round < 2; round++) {
      open.forEach(TcpProxy::closeQuietly);
      open.clear();
      try {
        Thread.sleep(50); // a connection accepted just before the cut is closed in the second round
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public void restore() {
    cut = false;
  }

  @Override
  public void close() throws IOException {
    cut();
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException closed) {
        return;
      }
      if (cut) {
        closeQuietly(client);
        continue;
      }
      try {
        Socket upstream = new Socket(host, targetPort);
        open.add(client);
        open.add(upstream);
        daemon("tcp-proxy-up", () -> pump(client, upstream));
        daemon("tcp-proxy-down", () -> pump(upstream, client));
      } catch (IOException e) {
        closeQuietly(client);
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n = in.read(buffer); n >= 0 && !cut; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException dropped) {
      // the other side or a cut closed the connection
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
