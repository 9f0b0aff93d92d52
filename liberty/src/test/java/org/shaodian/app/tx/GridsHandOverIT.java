package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.grids.api.HomeCaseDetails;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.grids.api.HomeCases;
import org.shaodian.grids.api.ReturneeDetails;
import org.shaodian.grids.api.ReturneeLedger;
import org.shaodian.grids.api.ReturneeSource;
import org.shaodian.grids.api.TravelMode;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.TravelHistory;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * Inside the container, as a checkpoint would: a diverted traveller is registered in the returnee
 * ledger and sent home under home isolation through the grids api, in the caller's transaction.
 * Both commit with their audit entries, or — when the caller's transaction fails after them —
 * neither remains.
 */
@ExtendWith(ArquillianExtension.class)
class GridsHandOverIT {

  private static final RegionCode YANGAN_GRID_1 = RegionCode.of("330182002001001");

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-grids-handover-test.war")
        .addClasses(GridsHandOverIT.class);
  }

  @Inject ReturneeLedger ledger;

  @Inject HomeCases homeCases;

  @Inject Callers callers;

  @Inject Regions regions;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  /** Checkpoint staff of the Yangxi sub-district, as an inspection runs. */
  private <T> T asCheckpoint(Callable<T> work) throws Exception {
    Caller staff =
        Caller.user(
            "handover-test",
            Set.of(Role.CHECKPOINT_STAFF),
            regions.get(RegionCode.of("330182002000")));
    return callers.runAs(new CapturedCaller(staff, Language.ZH), work);
  }

  @Test
  void theLedgerEntryAndTheCaseCommitTogether() throws Exception {
    IdNumber traveller = idNumber(1);
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    UUID returnee;
    UUID homeCase;
    try {
      returnee =
          asCheckpoint(
              () ->
                  ledger
                      .register(
                          returneeDetails(traveller),
                          ReturneeSource.CHECKPOINT,
                          "inspection-" + UUID.randomUUID())
                      .returnee());
      homeCase =
          asCheckpoint(() -> homeCases.open(caseDetails(traveller), "checkpoints", "inspection"));
      transaction.commit();
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
    assertEquals(1, count("select count(*) from grids_returnee where id = ?", returnee));
    assertEquals(1, count("select count(*) from grids_home_case where id = ?", homeCase));
    assertEquals(
        2,
        count(
            "select count(*) from kernel_audit where subject_id in (?, ?)",
            returnee.toString(),
            homeCase.toString()));
  }

  @Test
  void whenTheCallersTransactionFailsNeitherRemains() throws Exception {
    IdNumber traveller = idNumber(2);
    long returneesBefore = count("select count(*) from grids_returnee");
    long casesBefore = count("select count(*) from grids_home_case");
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      asCheckpoint(
          () ->
              ledger.register(
                  returneeDetails(traveller), ReturneeSource.CHECKPOINT, "inspection-x"));
      asCheckpoint(() -> homeCases.open(caseDetails(traveller), "checkpoints", "inspection-x"));
      // the same person twice under home isolation: the database refuses, the whole hand-over fails
      assertThrows(
          RuntimeException.class,
          () -> asCheckpoint(() -> homeCases.open(caseDetails(traveller), "checkpoints", "again")));
      assertEquals(Status.STATUS_MARKED_ROLLBACK, transaction.getStatus());
    } finally {
      transaction.rollback();
    }
    assertEquals(returneesBefore, count("select count(*) from grids_returnee"));
    assertEquals(casesBefore, count("select count(*) from grids_home_case"));
    assertTrue(returneesBefore > 0, "the demo ledger is there");
  }

  private static ReturneeDetails returneeDetails(IdNumber traveller) {
    return new ReturneeDetails(
        "过境司机",
        traveller,
        null,
        YANGAN_GRID_1,
        LocalDate.now(ShaodianTime.ZONE),
        TravelMode.CAR,
        TravelHistory.of("上海 → 杭千高速 → 建德"),
        true);
  }

  private static HomeCaseDetails caseDetails(IdNumber traveller) {
    return new HomeCaseDetails(
        "过境司机",
        traveller,
        null,
        YANGAN_GRID_1,
        HomeCaseKind.HOME_ISOLATION,
        LocalDate.now(ShaodianTime.ZONE),
        null,
        null,
        null);
  }

  /** A valid ID number of Tonglu (330122), where no demo data lives; one per test. */
  private static IdNumber idNumber(int sequence) {
    String first17 = "33012219800101" + String.format("%03d", sequence);
    return IdNumber.of(first17 + IdNumber.checkDigit(first17));
  }

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
