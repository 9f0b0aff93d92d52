package org.shaodian.grids.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.HealthNote;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.personal.TestOutcome;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.problem.ConstraintRule;
import org.shaodian.kernel.api.schema.ModuleSchema;
import org.shaodian.kernel.api.schema.RetentionRule;

/** The grids tables migrate after the rosters tables (grids builds on the rosters api). */
@Dependent
public class GridsSchema {

  @Produces
  static ModuleSchema schema() {
    return new ModuleSchema(
        "grids",
        20,
        List.of(
            ConstraintRule.conflict(
                "grids_one_building_name",
                Text.of("本网格已有同名楼栋", "The grid already has a building of that name")),
            ConstraintRule.conflict(
                "grids_one_dwelling",
                Text.of("该楼栋单元已有此房号", "The building's unit already has that room")),
            ConstraintRule.conflict(
                "grids_one_resident_per_id_number",
                Text.of(
                    "该身份证号码已在居民登记中(每人只登记一次)",
                    "A resident with this ID number is already registered (once per person)")),
            ConstraintRule.conflict(
                "grids_one_returnee_per_id_number",
                Text.of(
                    "此人刚被另一处同时登记,请重试(将合并为同一条台账)",
                    "Registered at the same moment elsewhere: try again (it will join that entry)")),
            ConstraintRule.conflict(
                "grids_one_open_case_per_person",
                Text.of(
                    "此人已有未结束的居家健康管理,请先结束或延长该管理",
                    "The person has a home health case open: end or extend that one")),
            ConstraintRule.conflict(
                "grids_one_visit_a_day",
                Text.of("当天的走访已登记", "That day's visit is recorded already")),
            ConstraintRule.conflict(
                "grids_one_role_per_person",
                Text.of("该人员已在本网格担任此职", "The person already holds this role in the grid")),
            ConstraintRule.conflict(
                "grids_one_holder",
                Text.of("该职位已有人担任,请先卸任", "Someone already holds this post; relieve them first")),
            // the four-colour map (V2)
            ConstraintRule.conflict(
                "grids_one_map_sheet_per_community",
                Text.of(
                    "本社区的网格图正被他人同时修改,请重试",
                    "Someone else is changing this community's map at this moment; try again")),
            ConstraintRule.conflict(
                "grids_one_boundary_per_grid",
                Text.of(
                    "该网格已有边界:请读取后带 If-Match 修改",
                    "The grid already has a boundary: read it and change it with If-Match")),
            ConstraintRule.conflict(
                "grids_boundary_in_community",
                Text.of("该网格所属社区的网格图不存在", "The community of the grid has no map sheet")),
            ConstraintRule.invalid(
                "grids_map_feature_colour",
                "colour",
                Text.of("须为四色之一:RED、YELLOW、GREEN、WHITE", "must be RED, YELLOW, GREEN or WHITE")),
            ConstraintRule.invalid(
                "grids_map_feature_reference_whole",
                "reference",
                Text.of("来源模块和编号须同时给出", "a source and a reference go together")),
            ConstraintRule.conflict(
                "grids_one_feature_per_reference",
                Text.of(
                    "该事项已在网格图上有要素(每项一个)",
                    "This thing already has its feature on the map (one per thing)"))),
        List.of(
            new SealedColumn("grids_resident", "id", "id_number", IdNumber.class),
            new SealedColumn("grids_resident", "id", "phone", PhoneNumber.class),
            new SealedColumn("grids_returnee", "id", "id_number", IdNumber.class),
            new SealedColumn("grids_returnee", "id", "phone", PhoneNumber.class),
            new SealedColumn("grids_returnee", "id", "travel", TravelHistory.class),
            new SealedColumn("grids_returnee_test", "id", "outcome", TestOutcome.class),
            new SealedColumn("grids_home_case", "id", "id_number", IdNumber.class),
            new SealedColumn("grids_home_case", "id", "phone", PhoneNumber.class),
            new SealedColumn("grids_case_visit", "id", "observation", HealthNote.class),
            new SealedColumn("grids_request", "id", "phone", PhoneNumber.class),
            new SealedColumn("grids_request", "id", "requester", PersonName.class)),
        // after an emergency episode: the returnee ledger's entries not touched since, the home
        // health cases that have ended, the requests that are resolved or closed, each with what
        // hangs off it (counted first, then the rows themselves). The resident register is the
        // community's own and stays; the briefing archive keeps each day's figures.
        List.of(
            new RetentionRule(
                "grids.returnee-tests",
                "delete from grids_returnee_test where returnee_id in (" + RETURNEES + ")"),
            new RetentionRule(
                "grids.returnee-registrations",
                "delete from grids_returnee_registration where returnee_id in (" + RETURNEES + ")"),
            new RetentionRule(
                "grids.returnees", "delete from grids_returnee where id in (" + RETURNEES + ")"),
            new RetentionRule(
                "grids.home-case-visits",
                "delete from grids_case_visit where case_id in (" + ENDED_CASES + ")"),
            new RetentionRule(
                "grids.home-cases",
                "delete from grids_home_case where id in (" + ENDED_CASES + ")"),
            new RetentionRule(
                "grids.request-notes",
                "delete from grids_request_note where request_id in (" + DONE_REQUESTS + ")"),
            new RetentionRule(
                "grids.requests",
                "delete from grids_request where id in (" + DONE_REQUESTS + ")")));
  }

  private static final String RETURNEES =
      "select r.id from grids_returnee r where r.region_path >= :start and r.region_path < :end"
          + " and r.updated_at < :before";

  private static final String ENDED_CASES =
      "select c.id from grids_home_case c where c.region_path >= :start and c.region_path < :end"
          + " and c.state = 'ENDED' and c.opened_at < :before";

  private static final String DONE_REQUESTS =
      "select q.id from grids_request q where q.region_path >= :start and q.region_path < :end"
          + " and q.state in ('RESOLVED', 'CLOSED') and q.received_at < :before";
}
