package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.app.http.Api.as;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.personal.IdNumber;

/**
 * The server's log is JSON, one record per line, whatever a client sends; and no request puts a
 * URL, a query or a body with personal data into it.
 */
class ServerLogIT {

  /**
   * A mainland mobile number, or what could be an ID number (checked further: {@link #isIdNumber}).
   */
  private static final Pattern PERSONAL_DATA =
      Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dX])(?!\\d)");

  @Test
  void aTokenCannotForgeALogLine() throws IOException {
    String forged = "[11/28/26, 23:00:00:000 UTC] 00000001 FORGED   E  pwned";
    String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String payload =
        base64(
            "{\"iss\":\"https://evil.invalid\\n"
                + forged
                + "\",\"upn\":\"x\",\"groups\":[\"admin\"],\"exp\":4102444800}");
    Api.withToken(header + "." + payload + ".c2lnbmF0dXJl").get("/regions").then().statusCode(401);

    for (String line : lines("messages.log")) {
      assertThat(line).doesNotStartWith("[11/28/26, 23:00:00:000 UTC] 00000001 FORGED");
      assertThat(isJson(line)).as("a JSON record: %s", line).isTrue();
    }
  }

  @Test
  void requestsWithPersonalDataLeaveNoneInTheLog() throws IOException {
    assertThat(RawHttp.get("/api/v1/regions?x=%ZZ13812340001", Api.ADMIN).status()).isEqualTo(400);
    assertThat(RawHttp.get("/api/v1/regions?x=13812340006|", Api.ADMIN).status()).isEqualTo(400);
    as(Api.ADMIN).get("/people?q=13812340002").then().statusCode(200);
    as(Api.ADMIN).get("/people?page=x13812340003").then().statusCode(400);
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body("{\"name\":\"" + "长".repeat(60) + "\",\"phone\":\"13812340004\"}")
        .post("/people")
        .then()
        .statusCode(400);
    as(Api.ADMIN).header("Accept-Language", ";;13812340005").get("/regions").then().statusCode(200);

    for (Path file : ServerLogs.allFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(
              PERSONAL_DATA
                  .matcher(text)
                  .results()
                  .map(m -> m.group())
                  .filter(found -> found.length() == 11 || IdNumber.isValid(found))
                  .toList())
          .as("personal data in %s", file)
          .isEmpty();
    }
  }

  private static List<String> lines(String file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path log : ServerLogs.named(file)) {
      Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .forEach(lines::add);
    }
    assertThat(lines).as("lines in %s", file).isNotEmpty();
    return lines;
  }

  private static boolean isJson(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      reader.readObject();
      return true;
    } catch (JsonException e) {
      return false;
    }
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
