package org.shaodian.checkpoints.internal;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.shaodian.kernel.api.access.Guarded;
import org.shaodian.kernel.api.access.PermissionAnnotation;

/**
 * The checkpoints permission a REST operation or an api method requires; the kernel checks the
 * caller's role against it before anything else.
 */
@PermissionAnnotation
@Guarded
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface CheckpointAccess {
  @Nonbinding
  CheckpointPermission value();
}
