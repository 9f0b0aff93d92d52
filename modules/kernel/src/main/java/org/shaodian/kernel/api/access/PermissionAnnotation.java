package org.shaodian.kernel.api.access;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a module's permission annotation: an annotation with one element, {@code value()}, of the
 * module's {@link Permission} enum. Every REST operation and every method of a module's api
 * implementation carries one (a build rule checks it), and the kernel checks the caller's role
 * against it before anything else happens: before the body is read, before a transaction starts.
 * Checks that depend on the record (its region) stay in the method, through {@link Access}.
 *
 * <p>A module declares its annotation once, like rosters' {@code RosterAccess}:
 *
 * <pre>{@code
 * @PermissionAnnotation
 * @Guarded
 * @InterceptorBinding
 * @Target({METHOD, TYPE})
 * @Retention(RUNTIME)
 * public @interface RosterAccess {
 *   @Nonbinding
 *   RosterPermission value();
 * }
 * }</pre>
 */
@Documented
@Target(ANNOTATION_TYPE)
@Retention(RUNTIME)
public @interface PermissionAnnotation {}
