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
                Text.of("该卡口已有同名通道", "The checkpoint already has a lane of that name")),
            // key places and their daily patrols (V4)
            ConstraintRule.conflict(
                "checkpoints_one_key_place_name",
                Text.of(
                    "本地区已有同名重点场所(未停用)",
                    "The region already has a key place of that name (not deactivated)")),
            ConstraintRule.invalid(
                "checkpoints_key_place_kind",
                "kind",
                Text.of("不是允许的场所类型", "not one of the allowed kinds of key place")),
            ConstraintRule.conflict(
                "checkpoints_key_place_item_pk",
                Text.of(
                    "检查清单已被他人同时修改,请刷新后重试",
                    "The checklist was changed by someone else meanwhile; reload it and try again")),
            ConstraintRule.invalid(
                "checkpoints_key_place_item_place",
                "place",
                Text.of("重点场所不存在", "no such key place")),
            ConstraintRule.conflict(
                "checkpoints_one_patrol_a_day",
                Text.of(
                    "该场所当天已有巡查记录(每日一巡)",
                    "The place has been patrolled that day already (one patrol a day)")),
            ConstraintRule.invalid(
                "checkpoints_patrol_place", "place", Text.of("重点场所不存在", "no such key place")),
            ConstraintRule.invalid(
                "checkpoints_patrol_items_failed",
                "items",
                Text.of("不合格项数不能为负", "the count of failed items is not negative")),
            ConstraintRule.conflict(
                "checkpoints_patrol_item_pk",
                Text.of("巡查记录的检查项重复", "A patrol's item was written twice; nothing was saved")),
            ConstraintRule.invalid(
                "checkpoints_patrol_item_patrol", "patrol", Text.of("巡查记录不存在", "no such patrol"))),
        List.of());
  }
}
