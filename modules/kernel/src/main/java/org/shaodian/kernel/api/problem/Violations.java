package org.shaodian.kernel.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.text.TextRules;

/**
 * Bean Validation's violations as the 400 problem the API answers: one field error each, named by
 * the JSON field, with the constraint's message in both languages. The error mapper uses it for
 * request bodies; a module uses it for what it validates itself (each item of a device batch).
 */
public final class Violations {

  /** Messages for the standard constraints, by annotation name. */
  private static final Map<String, Text> CONSTRAINTS =
      Map.ofEntries(
          Map.entry("NotNull", Text.of("必填", "is required")),
          Map.entry("NotBlank", Text.of("不能为空", "must not be blank")),
          Map.entry("NotEmpty", Text.of("不能为空", "must not be empty")),
          Map.entry("Size", Text.of("长度不符合要求", "has the wrong length")),
          Map.entry("Min", Text.of("数值过小", "is too small")),
          Map.entry("Max", Text.of("数值过大", "is too large")),
          Map.entry("Pattern", Text.of("格式不正确", "has the wrong format")),
          Map.entry("Past", Text.of("须为过去的时间", "must be in the past")),
          Map.entry("MobilePhone", Text.of("不是有效的手机号码", "not a valid mainland mobile number")),
          Map.entry(
              "ResidentIdNumber",
              Text.of("不是有效的身份证号码", "not a valid resident identity card number")),
          Map.entry("VehiclePlate", Text.of("不是有效的车牌号码", "not a valid vehicle plate")),
          // NameText and FreeText name the rule they found broken, as the message template
          Map.entry("{shaodian.text.BLANK}", TextRules.Breach.BLANK.message()),
          Map.entry("{shaodian.text.TOO_LONG}", TextRules.Breach.TOO_LONG.message()),
          Map.entry(
              "{shaodian.text.CONTROL_CHARACTER}", TextRules.Breach.CONTROL_CHARACTER.message()),
          Map.entry(
              "{shaodian.text.INVISIBLE_CHARACTER}",
              TextRules.Breach.INVISIBLE_CHARACTER.message()));

  private Violations() {}

  /** The 400 problem of some violations, sorted by field (the same input, the same answer). */
  public static Problem problem(Collection<? extends ConstraintViolation<?>> violations) {
    return Problem.invalid(
        violations.stream()
            .map(Violations::fieldError)
            .sorted(Comparator.comparing(FieldError::field))
            .toList());
  }

  private static FieldError fieldError(ConstraintViolation<?> violation) {
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Text message =
        CONSTRAINTS.getOrDefault(
            violation.getMessageTemplate(),
            CONSTRAINTS.getOrDefault(
                constraint, Text.of(violation.getMessage(), violation.getMessage())));
    return new FieldError(fieldName(violation.getPropertyPath()), message);
  }

  /** The JSON name of the field: the property path without the method and parameter nodes. */
  private static String fieldName(Path path) {
    StringBuilder name = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      // a node in a list or map carries the element's index or key: it belongs to the name
      // before it (needs[0].headcount, qualifications[0]), not after its own
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          name.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          name.append('[').append(node.getKey()).append(']');
        }
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (!name.isEmpty()) {
        name.append('.');
      }
      name.append(node.getName());
    }
    return name.isEmpty() && parameter != null ? parameter : name.toString();
  }
}
