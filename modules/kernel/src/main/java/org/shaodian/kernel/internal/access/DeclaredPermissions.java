package org.shaodian.kernel.internal.access;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.PermissionAnnotation;

/**
 * The permission a method declares with its module's {@link PermissionAnnotation} (on the method,
 * or else on its class), read once per method.
 */
public final class DeclaredPermissions {

  private static final Map<Method, Optional<Permission>> DECLARED = new ConcurrentHashMap<>();

  private DeclaredPermissions() {}

  public static Optional<Permission> of(Method method) {
    return DECLARED.computeIfAbsent(method, DeclaredPermissions::read);
  }

  private static Optional<Permission> read(Method method) {
    return find(method.getAnnotations())
        .or(() -> find(method.getDeclaringClass().getAnnotations()));
  }

  private static Optional<Permission> find(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(PermissionAnnotation.class)) {
        return Optional.of(valueOf(annotation));
      }
    }
    return Optional.empty();
  }

  private static Permission valueOf(Annotation annotation) {
    try {
      Object value = annotation.annotationType().getMethod("value").invoke(annotation);
      if (value instanceof Permission permission) {
        return permission;
      }
      throw new IllegalStateException(
          annotation.annotationType().getName() + ".value() is not a Permission");
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          annotation.annotationType().getName() + " needs a value() holding a Permission", e);
    }
  }
}
