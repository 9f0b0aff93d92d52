package org.shaodian.kernel.internal.schema;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The kernel's own tables migrate first. */
@Dependent
public class KernelSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema("kernel", 0);
  }
}
