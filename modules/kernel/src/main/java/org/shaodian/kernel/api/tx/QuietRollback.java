package org.shaodian.kernel.api.tx;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Part of {@link UnitOfWork}: turns expected failures inside the transaction into Problems and
 * marks the transaction rollback-only. Not used on its own.
 */
@Documented
@InterceptorBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface QuietRollback {}
