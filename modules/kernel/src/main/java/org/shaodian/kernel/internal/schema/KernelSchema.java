package org.shaodian.kernel.internal.schema;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The kernel's own tables migrate first. */
@Dependent
public class KernelSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema(
        "kernel",
        0,
        List.of(
            // emergency episodes (V7)
            ConstraintRule.conflict(
                "kernel_one_open_episode",
                Text.of("该地区已有未结束的应急响应期,请先结束它", "The region has an episode open: close it first")),
            ConstraintRule.invalid(
                "kernel_episode_closed_after_opened",
                "closedOn",
                Text.of("不能早于开始日期", "on or after the day it opened"))));
  }
}
