package db.demo.rosters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.rosters.api.DutyRole;

/**
 * The post of Yinhu sub-district's temporary inspection station (the checkpoints demo sets the
 * station up on it): three shifts round the clock, a point leader, two inspectors, a recorder and a
 * swab taker each.
 */
public class V4__demo_yinhu_checkpoint_post extends BaseJavaMigration {

  static final String YINHU = "330111006000";

  /** Fixed, so that the checkpoints demo can point at it. */
  public static final UUID YINHU_STATION_POST = V2__demo_posts_and_week.id("post/yinhu-station");

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    String path;
    try (PreparedStatement s =
        db.prepareStatement("select path from kernel_region where code = ?")) {
      s.setString(1, YINHU);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return;
        }
        path = r.getString(1);
      }
    }
    Map<DutyRole, Integer> needs = new LinkedHashMap<>();
    needs.put(DutyRole.POINT_LEADER, 1);
    needs.put(DutyRole.INSPECTOR, 2);
    needs.put(DutyRole.RECORDER, 1);
    needs.put(DutyRole.SWAB_TAKER, 1);
    V2__demo_posts_and_week.post(
        db,
        new V2__demo_posts_and_week.PostSpec(
            YINHU_STATION_POST, "银湖街道富春路临时检验点", "CHECKPOINT", YINHU, null, needs),
        Map.of(YINHU, path),
        OffsetDateTime.now(ZoneOffset.UTC));
  }
}
