package org.shaodian.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 by hand, for what an ordinary client will not do: announce a body it does not send (so a
 * test sees that the server answers from Content-Length alone), or keep sending a body after the
 * server has answered. The body goes out on its own thread while the answer is read, so a server
 * that stops reading cannot block the test.
 */
final class RawUpload {

  record Reply(int status, String body) {}

  private RawUpload() {}

  /** A POST that announces {@code declaredLength} bytes and sends none of them. */
  static Reply post(String path, String user, String contentType, long declaredLength)
      throws IOException {
    return exchange(path, user, contentType, "Content-Length: " + declaredLength, null);
  }

  /** A POST of {@code body} in chunks, without saying its length. */
  static Reply postChunked(String path, String user, String contentType, byte[] body)
      throws IOException {
    return exchange(path, user, contentType, "Transfer-Encoding: chunked", body);
  }

  private static Reply exchange(
      String path, String user, String contentType, String framing, byte[] chunkedBody)
      throws IOException {
    URI base = URI.create(System.getProperty("shaodian.url", "http://localhost:9181"));
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String credentials =
          Base64.getEncoder()
              .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nAuthorization: Basic "
              + credentials
              + "\r\nContent-Type: "
              + contentType
              + "\r\n"
              + framing
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread sender = null;
      if (chunkedBody != null) {
        sender = new Thread(() -> sendChunks(out, chunkedBody), "raw-upload-body");
        sender.setDaemon(true);
        sender.start();
      }
      return read(socket.getInputStream());
    }
  }

  private static void sendChunks(OutputStream out, byte[] body) {
    try {
      for (int from = 0; from < body.length; from += 64 * 1024) {
        int length = Math.min(64 * 1024, body.length - from);
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, from, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } catch (IOException serverStoppedReading) {
      // expected once the server has answered
    }
  }

  private static Reply read(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new HashMap<>();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).strip());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line(in).strip(), 16);
          size > 0;
          size = Integer.parseInt(line(in).strip(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
    } else if (headers.containsKey("content-length")) {
      body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
    }
    return new Reply(status, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
