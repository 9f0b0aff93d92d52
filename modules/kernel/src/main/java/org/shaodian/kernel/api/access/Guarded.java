package org.shaodian.kernel.api.access;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The interceptor binding that makes the kernel check a method's {@link PermissionAnnotation}
 * before the method runs (and before any transaction it would start). Put it on a module's
 * permission annotation, not on methods.
 */
@Documented
@InterceptorBinding
@Target({TYPE, METHOD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Guarded {}
