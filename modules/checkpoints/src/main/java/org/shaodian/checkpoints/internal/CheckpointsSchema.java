package org.shaodian.checkpoints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The checkpoints tables migrate after the grids tables (checkpoints builds on the grids api). */
@Dependent
public class CheckpointsSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema(
        "checkpoints",
        30,
        List.of(
            ConstraintRule.conflict(
                "checkpoints_one_name",
                Text.of(
                    "本地区已有同名卡口(未撤除)",
                    "The region already has a checkpoint of that name (not closed)")),
            ConstraintRule.conflict(
                "checkpoints_one_lane_no",
                Text.of("该卡口已有此编号的通道", "The checkpoint already has a lane of that number")),
            ConstraintRule.conflict(
                "checkpoints_one_lane_name",
                Text.of("该卡口已有同名通道", "The checkpoint already has a lane of that name"))),
        List.of());
  }
}
