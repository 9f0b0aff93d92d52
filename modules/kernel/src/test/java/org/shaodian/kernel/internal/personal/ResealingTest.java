package org.shaodian.kernel.internal.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.personal.SealedColumn;

/** Re-encryption on a real (H2) table: values under an old key, or none, end under the current. */
class ResealingTest {

  private static final byte[] KEY_1 =
      "key one, thirty-two bytes long!!".getBytes(StandardCharsets.UTF_8);
  private static final byte[] KEY_2 =
      "key two, thirty-two bytes long!!".getBytes(StandardCharsets.UTF_8);
  private static final byte[] INDEX =
      "the blind index key, 32 bytes!!!".getBytes(StandardCharsets.UTF_8);
  private static final SealedColumn PHONES =
      new SealedColumn("people", "id", "phone", PhoneNumber.class);

  @AfterEach
  void demoKeys() {
    Sealed.install(new Sealed.Keys(Map.of(1, KEY_1), 1, INDEX));
  }

  @Test
  void everyValueEndsUnderTheCurrentKeyInChunks() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:reseal" + System.nanoTime());
        Statement sql = db.createStatement()) {
      sql.execute("create table people (id int primary key, phone varchar(100))");
      Sealed.install(new Sealed.Keys(Map.of(1, KEY_1), 1, INDEX));
      try (PreparedStatement insert = db.prepareStatement("insert into people values (?, ?)")) {
        for (int i = 0; i < 7; i++) {
          insert.setInt(1, i);
          String phone = "1385710" + String.format("%04d", i);
          // five under key 1, one stored before sealing began, one without a phone
          insert.setString(2, i < 5 ? Sealed.seal("PhoneNumber", phone) : i == 5 ? phone : null);
          insert.executeUpdate();
        }
      }
      Sealed.install(new Sealed.Keys(Map.of(1, KEY_1, 2, KEY_2), 2, INDEX));

      assertThat(Resealing.resealChunk(db, PHONES, 4)).isEqualTo(4);
      assertThat(Resealing.resealChunk(db, PHONES, 4)).isEqualTo(2);
      assertThat(Resealing.resealChunk(db, PHONES, 4)).isZero();

      List<String> phones = new ArrayList<>();
      try (ResultSet rows =
          sql.executeQuery("select phone from people where phone is not null order by id")) {
        while (rows.next()) {
          assertThat(rows.getString(1)).startsWith("enc:v2:");
          phones.add(Sealed.open("PhoneNumber", rows.getString(1)));
        }
      }
      assertThat(phones)
          .containsExactly(
              "13857100000",
              "13857100001",
              "13857100002",
              "13857100003",
              "13857100004",
              "13857100005");
    }
  }
}
