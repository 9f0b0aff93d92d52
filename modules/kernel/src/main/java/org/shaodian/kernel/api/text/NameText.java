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
 * The text is a name ({@link TextRules#checkName}): required, not blank, at most {@code max}
 * characters, nothing invisible. Use it instead of {@code @NotBlank @Size}.
 */
@Documented
@Constraint(validatedBy = NameText.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NameText {

  /** The most characters (code points) a name may have. */
  int max();

  /** Whether the name must be given; an optional one (an English name, say) may be absent. */
  boolean required() default true;

  String message() default "{shaodian.text.BLANK}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports the rule that was broken as the message template {@code {shaodian.text.<BREACH>}}. */
  class Validator implements ConstraintValidator<NameText, String> {
    private int max;
    private boolean required;

    @Override
    public void initialize(NameText annotation) {
      max = annotation.max();
      required = annotation.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      TextRules.Breach breach =
          value == null
              ? (required ? TextRules.Breach.BLANK : null)
              : TextRules.checkName(value, max).orElse(null);
      return FreeText.Validator.report(breach, context);
    }
  }
}
