package org.shaodian.kernel.api.personal;

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
 * The text is a valid {@link IdNumber}. Null is left to {@code @NotNull}. A wrong value is a field
 * error reading "不是有效的身份证号码" / "not a valid resident identity card number".
 */
@Documented
@Constraint(validatedBy = ResidentIdNumber.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentIdNumber {

  String message() default "not a valid resident identity card number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text with {@link IdNumber#isValid(String)}. */
  class Validator implements ConstraintValidator<ResidentIdNumber, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || IdNumber.isValid(value);
    }
  }
}
