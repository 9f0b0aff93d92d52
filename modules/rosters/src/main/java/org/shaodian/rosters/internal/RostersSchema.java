package org.shaodian.rosters.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.schema.ModuleSchema;

/** The rosters tables migrate right after the kernel's. */
@Dependent
public class RostersSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema(
        "rosters",
        10,
        List.of(
            ConstraintRule.conflict(
                "rosters_seat_taken",
                Text.of("该席位已有人值守,未保存", "Someone else holds this seat; nothing was saved")),
            ConstraintRule.conflict(
                "rosters_one_duty_at_a_time",
                Text.of(
                    "该人员在这段时间已有值守,未保存",
                    "The person is already on duty at that time; nothing was saved")),
            ConstraintRule.conflict(
                "rosters_one_membership",
                Text.of("该人员已是队伍成员", "The person is already a member of the team")),
            ConstraintRule.conflict(
                "rosters_one_handover_per_shift",
                Text.of("该班次已有交接记录", "This shift's handover is already written"))),
        List.of(new SealedColumn("rosters_person", "id", "phone", PhoneNumber.class)));
  }
}
