package org.shaodian.checkpoints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.PlateNumber;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.schema.ModuleSchema;
import org.shaodian.kernel.api.schema.RetentionRule;

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
            // screening policy (V2)
            ConstraintRule.conflict(
                "checkpoints_policy_one_per_time",
                Text.of(
                    "该地区已有同一时间生效的政策版本",
                    "The region already has a policy version taking effect at that time")),
            ConstraintRule.invalid(
                "checkpoints_policy_risk_area_days",
                "riskAreaDays",
                Text.of("须在 1 到 60 天之间", "between 1 and 60 days")),
            ConstraintRule.invalid(
                "checkpoints_policy_test_max_age",
                "testMaxAgeHours",
                Text.of("须在 1 到 168 小时之间", "between 1 and 168 hours")),
            ConstraintRule.invalid(
                "checkpoints_policy_test_rule_whole",
                "testOrigins",
                Text.of(
                    "核酸时限和须查核酸的来源地区须同时给出或同时不填",
                    "goes with testMaxAgeHours: give both, or neither")),
            ConstraintRule.invalid(
                "checkpoints_policy_fever_from",
                "feverFrom",
                Text.of("须在 37.0–38.5℃ 之间", "37.0 to 38.5 ℃")),
            // inspections (V3): a resend stored by another server at the same moment, the first
            // inspection of a tally counted by two at once — InspectionIntake tries again
            ConstraintRule.conflict(
                "checkpoints_one_inspection_per_device_id",
                Text.of(
                    "该查验记录刚由另一处同时上传,请重试",
                    "The inspection was stored elsewhere at the same moment: try again")),
            ConstraintRule.conflict(
                "checkpoints_one_tally",
                Text.of(
                    "统计正被同时更新,请重试", "The tally was being counted at the same moment: try again")),
            // a series' first inspections counted by two at once (V5)
            ConstraintRule.conflict(
                "checkpoints_one_tally_series",
                Text.of(
                    "统计正被同时更新,请重试", "The tally was being counted at the same moment: try again")),
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
        List.of(
            new SealedColumn("checkpoints_inspection", "id", "plate", PlateNumber.class),
            new SealedColumn("checkpoints_inspection", "id", "origin", TravelHistory.class),
            new SealedColumn("checkpoints_inspection", "id", "test_result", TestOutcome.class),
            new SealedColumn("checkpoints_inspected_person", "id", "name", PersonName.class),
            new SealedColumn("checkpoints_inspected_person", "id", "id_number", IdNumber.class),
            new SealedColumn("checkpoints_inspected_person", "id", "phone", PhoneNumber.class),
            new SealedColumn("checkpoints_inspected_person", "id", "checks", HealthNote.class)),
        // after an emergency episode: the people inspected go, the inspections keep their times,
        // lanes and outcomes without plate, origin or test result; the tallies stay as they are.
        // On PostgreSQL, InspectionPartitions first drops the people partitions of days wholly
        // within the episode's region (a RetentionShortcut); the first rule deletes the rest
        List.of(
            new RetentionRule(
                "checkpoints.inspected-people",
                "delete from checkpoints_inspected_person where inspection_id in"
                    + " (select i.id from checkpoints_inspection i where i.region_path >= :start"
                    + " and i.region_path < :end and i.guided_at < :before)"),
            new RetentionRule(
                "checkpoints.inspection-details",
                "update checkpoints_inspection"
                    + " set plate = null, origin = null, test_result = null, test_result_at = null"
                    + " where region_path >= :start and region_path < :end and guided_at < :before"
                    + " and (plate is not null or origin is not null or test_result is not null)")));
  }
}
