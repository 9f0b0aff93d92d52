package org.shaodian.rosters.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The rosters tables migrate right after the kernel's. */
@Dependent
public class RostersSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema("rosters", 10);
  }
}
