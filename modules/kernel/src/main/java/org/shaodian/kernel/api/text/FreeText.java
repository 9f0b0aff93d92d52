package org.shaodian.kernel.api.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text is free text ({@link TextRules#checkFreeText}): at most {@code max} characters, line
 * breaks allowed, no other control characters or bidirectional overrides. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = FreeText.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface FreeText {

  /** The most characters (code points) the text may have. */
  int max();

  String message() default "{shaodian.text.TOO_LONG}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports the rule that was broken as the message template {@code {shaodian.text.<BREACH>}}. */
  class Validator implements ConstraintValidator<FreeText, String> {
    private int max;

    @Override
    public void initialize(FreeText annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return report(
          value == null ? null : TextRules.checkFreeText(value, max).orElse(null), context);
    }

    static boolean report(TextRules.Breach breach, ConstraintValidatorContext context) {
      if (breach == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("{shaodian.text." + breach.name() + "}")
          .addConstraintViolation();
      return false;
    }
  }
}
