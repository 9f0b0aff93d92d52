package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.PersonView;

/**
 * Inside the container: work on a managed executor's thread (a solver job, a device batch, the
 * 07:00 briefing) has no request, so it runs as the caller it captured when it was submitted, or as
 * the system caller. Access, the audit trail and the language all honour it; without one, the work
 * fails plainly instead of acting as nobody.
 */
@ExtendWith(ArquillianExtension.class)
class BackgroundWorkIT {

  private static final RegionCode SHOUCHANG = RegionCode.of("330182107000");
  private static final RegionCode YINHU = RegionCode.of("330111006000");

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-background-test.war")
        .addClasses(BackgroundWorkIT.class);
  }

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject Callers callers;

  @Inject Access access;

  @Inject CurrentLanguage language;

  @Inject PeopleService people;

  @Inject Regions regions;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  private CapturedCaller commander(RegionCode town, Language speaking) {
    return new CapturedCaller(
        Caller.user("shouchang-command", Set.of(Role.COMMANDER), regions.get(town)), speaking);
  }

  @Test
  void aTaskWritesAndAuditsAsTheCallerWhoSubmittedIt() throws Exception {
    CapturedCaller who = commander(SHOUCHANG, Language.EN);
    String name = "后台" + suffix();

    PersonView person =
        executor.submit(callers.bind(who, () -> people.register(details(name, SHOUCHANG)))).get();

    assertEquals(1, count("select count(*) from rosters_person where id = ?", person.id()));
    assertEquals(
        "shouchang-command|USER|330182107000",
        one(
            "select actor || '|' || actor_kind || '|' || actor_jurisdiction from kernel_audit"
                + " where subject_id = ?",
            person.id().toString()));
    assertEquals(
        Language.EN,
        executor.submit(callers.bind(who, () -> language.get())).get(),
        "the task speaks the language it was submitted in");
  }

  @Test
  void scheduledWorkRunsAsTheSystemCallerAndItsAuditEntriesSaySo() throws Exception {
    CapturedCaller system = callers.system("test-job", SHOUCHANG, Language.ZH);
    String name = "定时" + suffix();

    PersonView person =
        executor
            .submit(callers.bind(system, () -> people.register(details(name, SHOUCHANG))))
            .get();

    assertEquals(
        "system:test-job|SYSTEM|330182107000",
        one(
            "select actor || '|' || actor_kind || '|' || actor_jurisdiction from kernel_audit"
                + " where subject_id = ?",
            person.id().toString()));
  }

  @Test
  void aCapturedCallerKeepsTheirJurisdictionInTheTask() throws Exception {
    CapturedCaller who = commander(SHOUCHANG, Language.ZH);
    ExecutionException refused =
        assertThrows(
            ExecutionException.class,
            () ->
                executor
                    .submit(callers.bind(who, () -> people.register(details("越界", YINHU))))
                    .get());
    Problem problem = assertInstanceOf(Problem.class, refused.getCause());
    assertEquals(404, problem.status());
  }

  @Test
  void aTaskWithoutACallerFailsPlainly() {
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> executor.submit(() -> access.caller()).get());
    assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertTrue(failure.getCause().getMessage().contains("Callers.runAs"));
  }

  @Test
  void theCallerIsRestoredAfterTheWork() throws Exception {
    CapturedCaller outer = commander(SHOUCHANG, Language.ZH);
    CapturedCaller inner = callers.system("nested", YINHU, Language.EN);
    String seen =
        executor
            .submit(
                callers.bind(
                    outer,
                    () -> {
                      String during = callers.runAs(inner, () -> access.caller().name());
                      return during + "|" + access.caller().name();
                    }))
            .get();
    assertEquals("system:nested|shouchang-command", seen);
    assertInstanceOf(
        IllegalStateException.class,
        assertThrows(ExecutionException.class, () -> executor.submit(() -> access.caller()).get())
            .getCause(),
        "the pooled thread does not keep the caller it was lent");
  }

  private static PersonDetails details(String name, RegionCode region) {
    return new PersonDetails(name, null, Affiliation.VOLUNTEER, false, Set.of(), region);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private long count(String sql, Object parameter) throws SQLException {
    return Long.parseLong(one(sql, parameter));
  }

  private String one(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}
