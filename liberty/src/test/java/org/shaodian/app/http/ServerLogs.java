package org.shaodian.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log directories of the servers the tests call: the test server's the build starts
 * (target/liberty/wlp/usr/servers/${it.server}/logs), or those named by {@code it.server.logs}
 * (comma-separated) when the tests run against several (scripts/two-servers.sh).
 */
final class ServerLogs {

  private ServerLogs() {}

  static List<Path> directories() {
    String named = System.getProperty("it.server.logs", "");
    if (!named.isBlank()) {
      return Arrays.stream(named.split(",")).map(String::strip).map(Path::of).toList();
    }
    return List.of(
        Path.of(
            "target/liberty/wlp/usr/servers",
            System.getProperty("it.server", "shaodian-it"),
            "logs"));
  }

  /** Every file under the log directories (Liberty's trace.log and ffdc/ included). */
  static List<Path> allFiles() {
    List<Path> found = new ArrayList<>();
    for (Path directory : directories()) {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.filter(Files::isRegularFile).forEach(found::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return found;
  }

  /** The file of this name in each log directory that has it, e.g. messages.log. */
  static List<Path> named(String name) {
    return directories().stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).toList();
  }
}
