package org.shaodian.kernel.api.web;

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
import java.util.Arrays;

/**
 * The text is the name of one of the enum's constants. Transfer objects take enum values as text
 * with this constraint, so that a wrong value is a field error rather than an unreadable body.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface EnumName {

  Class<? extends Enum<?>> of();

  String message() default "not one of the allowed values";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text against the constant names. */
  class Validator implements ConstraintValidator<EnumName, String> {
    private Class<? extends Enum<?>> type;

    @Override
    public void initialize(EnumName annotation) {
      type = annotation.of();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }
  }
}
