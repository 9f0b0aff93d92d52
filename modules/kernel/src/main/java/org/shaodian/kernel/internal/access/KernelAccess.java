package org.shaodian.kernel.internal.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.shaodian.kernel.api.access.Guarded;
import org.shaodian.kernel.api.access.PermissionAnnotation;

/** The kernel permission a REST operation of the kernel requires. */
@PermissionAnnotation
@Guarded
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface KernelAccess {
  @Nonbinding
  KernelPermission value();
}
