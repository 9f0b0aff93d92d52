package db.demo.grids;

import db.demo.rosters.V3__demo_yangan_people;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.personal.Sealed;

/**
 * Citizen requests in Yang'an: tea farmers of the first grid asking for faster testing (the pattern
 * the counts show), an elderly couple who need a ride, supplies, medicine — one normal request past
 * its deadline and unresolved, escalated to the grid leader; one resolved and called back.
 * Requesters' names and phones sealed.
 */
public class V4__demo_yangan_requests extends BaseJavaMigration {

  private static final Object[][] REQUESTS = {
    // grid, requester, category, urgency, content, hours ago, state, satisfaction
    {1, "叶春华", "TESTING", "NORMAL", "采茶季白天上山,希望晚上也能做核酸", 30, "ACCEPTED", null},
    {1, "方志明", "TESTING", "NORMAL", "茶农希望开设快速检测通道", 20, "RECEIVED", null},
    {1, "汪建国", "TESTING", "LOW", "茶厂工人集中检测时间能否调整", 12, "RECEIVED", null},
    {1, "周秀英", "TESTING", "URGENT", "老两口行动不便,需要有人接送去做核酸", 1, "RECEIVED", null},
    {2, "程丽华", "SUPPLIES", "NORMAL", "居家隔离期间需要代购蔬菜", 26, "CLOSED", 5},
    {2, "应德明", "MEDICAL", "URGENT", "高血压药快吃完了,需要配药", 3, "ACCEPTED", null},
    {3, "洪春梅", "PASSAGE", "LOW", "孩子返校需要开具证明", 5, "RECEIVED", null}
  };

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into grids_request (id, place_code, region_path, requester, phone, category,"
                + " urgency, content, location, assignee, state, received_at, due_at, accepted_at,"
                + " resolved_at, resolution, called_back_at, satisfaction, received_by, version)"
                + " values (?, ?, ?, ?, null, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'yangan-grid', 0)")) {
      for (int i = 0; i < REQUESTS.length; i++) {
        Object[] r = REQUESTS[i];
        int grid = (Integer) r[0];
        String urgency = (String) r[3];
        OffsetDateTime received = now.minusHours((Integer) r[5]);
        Duration within =
            switch (urgency) {
              case "URGENT" -> Duration.ofHours(2);
              case "NORMAL" -> Duration.ofHours(24);
              default -> Duration.ofHours(72);
            };
        String state = (String) r[6];
        boolean accepted = !state.equals("RECEIVED");
        boolean resolved = state.equals("CLOSED");
        insert.setObject(1, UUID.nameUUIDFromBytes(("shaodian-demo/request/" + i).getBytes()));
        insert.setString(2, V3__demo_yangan_people.gridCode(grid));
        insert.setString(3, V3__demo_yangan_people.gridPath(grid));
        insert.setString(4, Sealed.seal("PersonName", (String) r[1]));
        insert.setString(5, (String) r[2]);
        insert.setString(6, urgency);
        insert.setString(7, (String) r[4]);
        insert.setObject(8, V3__demo_yangan_people.id(grid, "worker"));
        insert.setString(9, state);
        insert.setObject(10, received);
        insert.setObject(11, received.plus(within));
        insert.setObject(12, accepted ? received.plusMinutes(20) : null);
        insert.setObject(13, resolved ? received.plusHours(5) : null);
        insert.setString(14, resolved ? "网格员代购后送货上门" : null);
        insert.setObject(15, resolved ? received.plusHours(8) : null);
        if (r[7] == null) {
          insert.setNull(16, java.sql.Types.INTEGER);
        } else {
          insert.setInt(16, (Integer) r[7]);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
