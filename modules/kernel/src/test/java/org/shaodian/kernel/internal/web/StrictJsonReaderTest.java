package org.shaodian.kernel.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

class StrictJsonReaderTest {

  public record Form(
      String name,
      Boolean partyMember,
      Integer count,
      List<String> tags,
      Inner inner,
      Colour colour,
      JsonObject shape,
      JsonArray points) {}

  public enum Colour {
    RED,
    GREEN
  }

  public record Inner(Long number) {}

  private final StrictJsonReader reader = new StrictJsonReader();

  {
    reader.maxBytes = 64;
  }

  private Object read(String json) throws Exception {
    return read(new MultivaluedHashMap<>(), json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A string sent decomposed (e + combining acute, here as an escape) is bound composed; one sent
   * composed is bound as it came (the body's own text, when nothing in it needed normalising).
   */
  @Test
  void stringsAreBoundInNfcWhetherOrNotTheyCameSo() throws Exception {
    Form decomposed = (Form) read("{\"name\":\"Cafe\\u0301\",\"tags\":[\"e\\u0301\"]}");
    assertThat(decomposed.name()).isEqualTo("Caf\u00e9");
    assertThat(decomposed.tags()).containsExactly("\u00e9");
    Form composed = (Form) read("{\"name\":\"Caf\u00e9\",\"count\":2}");
    assertThat(composed.name()).isEqualTo("Caf\u00e9");
    assertThat(composed.count()).isEqualTo(2);
  }

  /**
   * A body nested deeper than any form is a 400, however deep (the parser's own limit is 1,000).
   */
  @Test
  void aBodyNestedTooDeeplyIsRefused() {
    reader.maxBytes = 100_000;
    for (int depth : new int[] {40, 5_000}) {
      Problem problem =
          catchThrowableOfType(
              Problem.class,
              () -> read("{\"tags\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
      assertThat(problem.status()).as("nested %d deep", depth).isEqualTo(400);
    }
  }

  /** A body for a {@code Form}, as JAX-RS hands it to the reader. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object read(MultivaluedHashMap<String, String> headers, byte[] body) throws Exception {
    return reader.readFrom(
        (Class) Form.class,
        Form.class,
        new java.lang.annotation.Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        headers,
        new ByteArrayInputStream(body));
  }

  private Problem refused(String json) {
    return catchThrowableOfType(Problem.class, () -> read(json));
  }

  private static List<String> fields(Problem problem) {
    return problem.fieldErrors().stream().map(FieldError::field).toList();
  }

  @Test
  void aWellFormedBodyIsBoundWithItsTextInNfc() throws Exception {
    Form form = (Form) read("{\"name\":\"Cafe\\u0301\",\"partyMember\":true,\"count\":3}");
    assertThat(form.name()).isEqualTo("Café").hasSize(4);
    assertThat(form.partyMember()).isTrue();
    assertThat(form.count()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "\"yes\"", "\"true\"", "0", "[]"})
  void aBooleanIsTrueOrFalseAndNothingElse(String value) {
    Problem problem = refused("{\"partyMember\":" + value + "}");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(fields(problem)).containsExactly("partyMember");
  }

  @Test
  void typesAreCheckedMemberByMemberAndAllErrorsReported() {
    Problem problem =
        refused("{\"name\":5,\"count\":1.5,\"tags\":[\"a\",2],\"inner\":{\"number\":\"x\"}}");
    assertThat(fields(problem)).containsExactly("name", "count", "tags[1]", "inner.number");
  }

  @Test
  void anEnumIsOneOfItsConstants() throws Exception {
    assertThat(((Form) read("{\"colour\":\"GREEN\"}")).colour()).isEqualTo(Colour.GREEN);
    assertThat(fields(refused("{\"colour\":\"BLUE\"}"))).containsExactly("colour");
    assertThat(fields(refused("{\"colour\":1}"))).containsExactly("colour");
  }

  @Test
  void jsonPTypesTakeAnyContentButAnObjectIsAnObjectAndAnArrayAnArray() throws Exception {
    Form form = (Form) read("{\"shape\":{\"type\":\"Point\"},\"points\":[1,\"a\"]}");
    assertThat(form.shape().getString("type")).isEqualTo("Point");
    assertThat(form.points()).hasSize(2);
    assertThat(fields(refused("{\"shape\":\"Point\",\"points\":{}}")))
        .containsExactly("shape", "points");
  }

  @Test
  void anUnknownMemberIsAFieldError() {
    assertThat(fields(refused("{\"name\":\"a\",\"colour\":\"red\"}"))).containsExactly("colour");
  }

  @Test
  void aKeyTwiceIsRefused() {
    Problem problem = refused("{\"name\":\"a\",\"name\":\"b\"}");
    assertThat(fields(problem)).containsExactly("name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":\"a\"} x", "{\"name\":\"a\"}{}", "{\"name\":", "", "nope"})
  void anythingButOneJsonValueIsUnreadable(String body) {
    Problem problem = refused(body);
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("unreadable");
  }

  @Test
  void aLoneSurrogateIsRefused() {
    assertThat(fields(refused("{\"name\":\"a\\ud800b\"}"))).containsExactly("name");
    assertThat(fields(refused("{\"name\":\"\\udc00\"}"))).containsExactly("name");
  }

  @Test
  void aBodyOverTheLimitIsA413BeforeItIsReadInFull() {
    Problem problem = refused("{\"name\":\"" + "x".repeat(100) + "\"}");
    assertThat(problem.status()).isEqualTo(413);
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>(Map.of());
    headers.putSingle("Content-Length", "1000000000");
    Problem declared = catchThrowableOfType(Problem.class, () -> read(headers, new byte[0]));
    assertThat(declared.status()).isEqualTo(413);
  }

  @Test
  void invalidUtf8IsUnreadable() {
    Problem problem =
        catchThrowableOfType(
            Problem.class,
            () -> read(new MultivaluedHashMap<>(), new byte[] {'{', '"', (byte) 0xff, '"', '}'}));
    assertThat(problem.type()).isEqualTo("unreadable");
  }
}
