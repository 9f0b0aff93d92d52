package org.shaodian.kernel.internal.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation checks forms, never entities (WEB-INF/validation.xml, and no persistence unit
 * validates what it writes), so every property of what it is given is there to be checked. The
 * default resolver asks JPA, for every property of every item of a device batch, whether it is
 * loaded, through every persistence provider: half of what validating a batch cost.
 */
public class EveryPropertyReachable implements TraversableResolver {

  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}
