package org.shaodian.reporting.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The reporting tables migrate last (reporting builds on every module's api). */
@Dependent
public class ReportingSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema(
        "reporting",
        40,
        List.of(
            ConstraintRule.conflict(
                "reporting_one_briefing_a_day",
                Text.of(
                    "该区域当日简报已存档(每区域每日一份)",
                    "The region's briefing of that day is archived already (one a day)"))));
  }
}
