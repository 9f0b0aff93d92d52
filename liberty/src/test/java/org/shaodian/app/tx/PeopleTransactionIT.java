package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.PersonView;
import org.shaodian.rosters.api.Qualification;

/**
 * Inside the container: a roster write and its kernel audit entry are one JTA transaction. They
 * commit together; when the audit write fails the person is not saved; when the person write fails
 * after the audit entry, no audit entry remains. The archive is the application's own WAR plus
 * these test classes, deployed into the server the build started.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleTransactionIT {

  private static final RegionCode SHOUCHANG = RegionCode.of("330182107000");

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-tx-test.war")
        .addClasses(PeopleTransactionIT.class, BreakableAuditTrail.class)
        // all beans in WEB-INF/classes, so that the decorator is found
        .addAsWebInfResource(
            new StringAsset(
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                    + " bean-discovery-mode=\"all\"/>"),
            "beans.xml");
  }

  @Inject PeopleService people;

  @Inject AuditTrail audit;

  @Inject Callers callers;

  @Inject Regions regions;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  @AfterEach
  void repairAudit() {
    BreakableAuditTrail.BROKEN.set(false);
  }

  /** Nobody signs in to these tests: they act as a city administrator. */
  private <T> T asAdministrator(Callable<T> work) throws Exception {
    Caller admin = Caller.user("tx-test", Set.of(Role.ADMIN), regions.get(RegionCode.of("330100")));
    return callers.runAs(new CapturedCaller(admin, Language.ZH), work);
  }

  private void asAdministrator(Runnable work) throws Exception {
    asAdministrator(
        () -> {
          work.run();
          return null;
        });
  }

  @Test
  void thePersonAndTheAuditEntryCommitTogether() throws Exception {
    PersonView person = asAdministrator(() -> people.register(details("提交" + suffix())));
    assertEquals(1, count("select count(*) from rosters_person where id = ?", person.id()));
    assertEquals(
        1, count("select count(*) from kernel_audit where subject_id = ?", person.id().toString()));
  }

  @Test
  void whenTheAuditWriteFailsThePersonIsNotSaved() throws Exception {
    String name = "审计失败" + suffix();
    long auditBefore = count("select count(*) from kernel_audit");
    BreakableAuditTrail.BROKEN.set(true);

    assertThrows(
        RuntimeException.class, () -> asAdministrator(() -> people.register(details(name))));

    assertEquals(0, count("select count(*) from rosters_person where name = ?", name));
    assertEquals(auditBefore, count("select count(*) from kernel_audit"));
  }

  @Test
  void whenThePersonWriteFailsAfterTheAuditNoAuditEntryRemains() throws Exception {
    String marker = "probe-" + suffix();
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      asAdministrator(
          () ->
              audit.record(
                  AuditEvent.of(
                          AuditAction.of("probe"),
                          SubjectType.of("test", "probe"),
                          marker,
                          "/330100/")
                      .withSummary("written before the person")));
      assertEquals(
          1,
          count("select count(*) from kernel_audit where subject_id = ?", marker),
          "the audit entry is written (and visible) inside the transaction");
      // 120 characters do not fit rosters_person.name (100): the database refuses the person
      assertThrows(
          RuntimeException.class,
          () -> asAdministrator(() -> people.register(details("长".repeat(120)))));
      assertEquals(
          Status.STATUS_MARKED_ROLLBACK,
          transaction.getStatus(),
          "the failed person write dooms the whole transaction, audit entry included");
      assertThrows(RollbackException.class, transaction::commit);
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
    assertEquals(0, count("select count(*) from kernel_audit where subject_id = ?", marker));
  }

  @Test
  void phonesAreSealedAtRest() throws Exception {
    PersonView person = asAdministrator(() -> people.register(details("密存" + suffix())));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select phone from rosters_person where id = ?")) {
      statement.setObject(1, person.id());
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        String stored = result.getString(1);
        assertTrue(stored.startsWith("enc:v2:"), "sealed under the current key: " + stored);
        assertFalse(stored.contains("13957109999") || stored.contains("9999"));
      }
    }
    assertEquals(
        "139****9999",
        asAdministrator(() -> people.get(person.id())).phone().masked(),
        "and read back through the converter");
    // the demo people's phones, inserted by SQL, were sealed by their migration
    assertEquals(
        0,
        count(
            "select count(*) from rosters_person where phone is not null"
                + " and phone not like 'enc:v%'"));
  }

  private static PersonDetails details(String name) {
    return new PersonDetails(
        name,
        PhoneNumber.of("13957109999"),
        Affiliation.VOLUNTEER,
        false,
        Set.of(Qualification.DATA_ENTRY),
        SHOUCHANG);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
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
