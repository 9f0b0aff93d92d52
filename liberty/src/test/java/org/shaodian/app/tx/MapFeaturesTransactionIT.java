package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.demo.grids.V5__demo_yangan_map;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.grids.api.MapFeatureView;
import org.shaodian.grids.api.MapFeatures;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.api.MapReference;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * Inside the container, as another module calls it: a feature placed through the grids api joins
 * the caller's transaction with its audit entry (rolled back together, committed together, and not
 * saved when the audit write fails); one feature per reference, by the database; the api checks the
 * role (403) and the jurisdiction (404) like the REST operations.
 */
@ExtendWith(ArquillianExtension.class)
class MapFeaturesTransactionIT {

  private static final RegionCode YANGXI = RegionCode.of("330182002000");
  private static final RegionCode GRID_6 = RegionCode.of("330182002001006");

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-map-tx-test.war")
        .addClasses(MapFeaturesTransactionIT.class, BreakableAuditTrail.class)
        .addAsWebInfResource(
            new StringAsset(
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                    + " bean-discovery-mode=\"all\"/>"),
            "beans.xml");
  }

  @Inject MapFeatures features;

  @Inject Callers callers;

  @Inject Regions regions;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  @AfterEach
  void repairAudit() {
    BreakableAuditTrail.BROKEN.set(false);
  }

  private <T> T as(Role role, RegionCode jurisdiction, Callable<T> work) throws Exception {
    Caller caller = Caller.user("tx-map-test", Set.of(role), regions.get(jurisdiction));
    return callers.runAs(new CapturedCaller(caller, Language.ZH), work);
  }

  /** As the checkpoints module would, for Yangxi's command office. */
  private <T> T asCommandOffice(Callable<T> work) throws Exception {
    return as(Role.COMMANDER, YANGXI, work);
  }

  /** A yellow checkpoint in the middle of grid 6 (the demo's outline). */
  private static MapFeatureDetails checkpoint(String name) {
    List<LonLat> outline = V5__demo_yangan_map.outline(6).outline();
    double lon = 0;
    double lat = 0;
    for (LonLat corner : outline.subList(0, outline.size() - 1)) {
      lon += corner.lon();
      lat += corner.lat();
    }
    int corners = outline.size() - 1;
    return new MapFeatureDetails(
        GRID_6,
        MapColour.YELLOW,
        name,
        MapLocation.point(lon / corners, lat / corners),
        "24小时",
        "洋溪街道疫情防控指挥部 0571-6471xxxx");
  }

  private static MapReference reference() {
    return MapReference.of("checkpoints", UUID.randomUUID().toString());
  }

  @Test
  void aFeaturePlacedInTheCallersTransactionIsRolledBackWithIt() throws Exception {
    MapReference reference = reference();
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      MapFeatureView placed = asCommandOffice(() -> features.place(reference, checkpoint("回滚卡口")));
      assertEquals(1, count("select count(*) from grids_map_feature where id = ?", placed.id()));
      assertEquals(
          1,
          count("select count(*) from kernel_audit where subject_id = ?", placed.id().toString()),
          "audited in the same transaction");
      transaction.rollback();
      assertEquals(0, count("select count(*) from grids_map_feature where id = ?", placed.id()));
      assertEquals(
          0,
          count("select count(*) from kernel_audit where subject_id = ?", placed.id().toString()));
    } finally {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
    assertTrue(asCommandOffice(() -> features.find(reference)).isEmpty());
  }

  @Test
  void aFeatureIsPlacedMovedAndRemovedByItsReferenceOncePerReference() throws Exception {
    MapReference reference = reference();
    MapFeatureView placed = asCommandOffice(() -> features.place(reference, checkpoint("北门卡口")));
    assertEquals(reference, placed.reference());
    assertEquals(GRID_6, placed.grid());
    assertEquals("洋安社区第六网格", placed.regionName());

    // the same thing again: one feature per reference (the database's rule, a 409)
    Problem twice =
        assertThrows(
            Problem.class,
            () -> asCommandOffice(() -> features.place(reference, checkpoint("又一个"))));
    assertEquals(409, twice.status());

    MapFeatureView moved = asCommandOffice(() -> features.update(reference, checkpoint("北门临时卡口")));
    assertEquals("北门临时卡口", moved.name());
    assertEquals(1, moved.version());
    assertEquals("北门临时卡口", asCommandOffice(() -> features.find(reference)).orElseThrow().name());

    // outside grid 6's boundary: refused naming the field, nothing changed
    MapFeatureDetails outside =
        new MapFeatureDetails(
            GRID_6, MapColour.YELLOW, "越界卡口", MapLocation.point(119.30, 29.50), null, null);
    Problem refused =
        assertThrows(
            Problem.class, () -> asCommandOffice(() -> features.update(reference, outside)));
    assertEquals(400, refused.status());
    assertEquals("location", refused.fieldErrors().get(0).field());
    assertEquals(1, asCommandOffice(() -> features.find(reference)).orElseThrow().version());

    asCommandOffice(
        () -> {
          features.remove(reference);
          return null;
        });
    assertTrue(asCommandOffice(() -> features.find(reference)).isEmpty());
    assertEquals(
        3,
        count(
            "select count(*) from kernel_audit where subject_id = ? and action in"
                + " ('placed', 'changed', 'removed')",
            placed.id().toString()));
    Problem gone =
        assertThrows(
            Problem.class,
            () ->
                asCommandOffice(
                    () -> {
                      features.remove(reference);
                      return null;
                    }));
    assertEquals(404, gone.status());
  }

  @Test
  void whenTheAuditWriteFailsTheFeatureIsNotPlaced() throws Exception {
    MapReference reference = reference();
    long before =
        count("select count(*) from grids_map_feature where reference = ?", reference.reference());
    BreakableAuditTrail.BROKEN.set(true);
    assertThrows(
        RuntimeException.class,
        () -> asCommandOffice(() -> features.place(reference, checkpoint("审计失败卡口"))));
    BreakableAuditTrail.BROKEN.set(false);
    assertEquals(
        before,
        count("select count(*) from grids_map_feature where reference = ?", reference.reference()));
    assertFalse(asCommandOffice(() -> features.find(reference)).isPresent());
  }

  @Test
  void theApiChecksTheRoleAndTheJurisdiction() throws Exception {
    Problem gridWorker =
        assertThrows(
            Problem.class,
            () ->
                as(
                    Role.GRID_WORKER,
                    RegionCode.of("330182002001006"),
                    () -> features.place(reference(), checkpoint("网格员的卡口"))));
    assertEquals(403, gridWorker.status());
    Problem elsewhere =
        assertThrows(
            Problem.class,
            () ->
                as(
                    Role.COMMANDER,
                    RegionCode.of("330182107000"),
                    () -> features.place(reference(), checkpoint("寿昌的卡口"))));
    assertEquals(404, elsewhere.status());
  }

  /** Counts in a connection of its own when outside a transaction, the shared one inside. */
  private long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
