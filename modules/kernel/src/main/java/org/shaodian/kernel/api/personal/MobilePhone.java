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
 * The text is a valid {@link PhoneNumber}. Null is left to {@code @NotNull}. A wrong value is a
 * field error reading "不是有效的手机号码" / "not a valid mainland mobile number".
 */
@Documented
@Constraint(validatedBy = MobilePhone.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface MobilePhone {

  String message() default "not a valid mainland mobile number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text with {@link PhoneNumber#isValid(String)}. */
  class Validator implements ConstraintValidator<MobilePhone, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || PhoneNumber.isValid(value);
    }
  }
}
