package org.shaodian.rosters.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The rosters tables migrate right after the kernel's. */
@Dependent
public class RostersSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema(
        "rosters",
        10,
        List.of(),
        List.of(new SealedColumn("rosters_person", "id", "phone", PhoneNumber.class)));
  }
}
