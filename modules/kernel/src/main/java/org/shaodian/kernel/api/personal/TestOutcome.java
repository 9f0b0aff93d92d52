package org.shaodian.kernel.api.personal;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Immutable;

/**
 * The outcome of a nucleic-acid or antigen test: NEGATIVE 阴性, POSITIVE 阳性, PENDING 待出结果. Health
 * status is sensitive personal information: masked ({@code ***}), sealed at rest; the briefing
 * counts outcomes, it never lists them.
 */
@JsonbTypeSerializer(MaskedJsonSerializer.class)
@Schema(
    name = "TestOutcome",
    type = SchemaType.STRING,
    pattern = "^[*]{3}$",
    description = "检测结果(脱敏) — a test's outcome, masked: ***")
@Immutable
public final class TestOutcome extends PersonalDataValue {

  public static final TestOutcome NEGATIVE = new TestOutcome("NEGATIVE");
  public static final TestOutcome POSITIVE = new TestOutcome("POSITIVE");
  public static final TestOutcome PENDING = new TestOutcome("PENDING");

  private static final Map<String, TestOutcome> BY_NAME =
      Map.of(
          "NEGATIVE", NEGATIVE,
          "阴性", NEGATIVE,
          "POSITIVE", POSITIVE,
          "阳性", POSITIVE,
          "PENDING", PENDING,
          "待出结果", PENDING);

  private TestOutcome(String code) {
    super(code);
  }

  /** NEGATIVE, POSITIVE or PENDING (or 阴性, 阳性, 待出结果); a clear exception for anything else. */
  public static TestOutcome of(String text) {
    TestOutcome outcome = text == null ? null : BY_NAME.get(text.strip().toUpperCase(Locale.ROOT));
    if (outcome == null) {
      throw new IllegalArgumentException("not a test outcome: NEGATIVE, POSITIVE or PENDING");
    }
    return outcome;
  }

  public static boolean isValid(String text) {
    return text != null && BY_NAME.containsKey(text.strip().toUpperCase(Locale.ROOT));
  }

  public boolean isPositive() {
    return this.equals(POSITIVE);
  }

  @Override
  public String masked() {
    return "***";
  }
}
