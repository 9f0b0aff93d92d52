package org.shaodian.app.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shaodian.kernel.internal.bootstrap.Bootstrap;

/**
 * Inside the container: the bootstrap of a new installation plants the configured root and opens
 * the administrator's account with it, as the system caller, once. (The test server's own start
 * found its configured root and administrator in the demo data: AccountAdminIT.) A tree of its own
 * here, Jiangsu, so that Hangzhou's stays as the other tests know it.
 */
@ExtendWith(ArquillianExtension.class)
class BootstrapIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.application("shaodian-bootstrap-test.war").addClasses(BootstrapIT.class);
  }

  @Inject Bootstrap bootstrap;

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  @Test
  void aNewInstallationGetsItsRootAndItsAdministratorOnce() throws SQLException {
    bootstrap.install(Optional.of("320000,江苏省,Jiangsu"), Optional.of("jiangsu-admin"));

    assertEquals(
        "江苏省|Jiangsu|PROVINCE|-|/320000/",
        one(
            "select name || '|' || name_en || '|' || level || '|' || coalesce(parent_code, '-')"
                + " || '|' || path from kernel_region where code = ?",
            "320000"));
    assertEquals(
        "320000|0",
        one(
            "select jurisdiction_code || '|' || version from kernel_account where principal = ?",
            "jiangsu-admin"));
    assertEquals(
        "system:bootstrap|SYSTEM|320000",
        one(
            "select actor || '|' || actor_kind || '|' || actor_jurisdiction from kernel_audit"
                + " where subject_type = 'kernel.region' and subject_id = ?",
            "320000"));
    assertEquals(
        "opened|system:bootstrap|/320000/",
        one(
            "select action || '|' || actor || '|' || subject_region_path from kernel_audit"
                + " where subject_type = 'kernel.account' and subject_id = ?",
            "jiangsu-admin"));

    // every start runs it again: it only adds what is missing
    bootstrap.install(Optional.of("320000,江苏省新名,Jiangsu"), Optional.of("jiangsu-admin"));
    assertEquals(
        "2",
        one(
            "select count(*) from kernel_audit where subject_id in (?, 'jiangsu-admin')",
            "320000"));
    assertEquals("江苏省", one("select name from kernel_region where code = ?", "320000"));
  }

  @Test
  void anAdministratorOfAnExistingRegionGetsItAsTheJurisdiction() throws SQLException {
    // the root named is there already, and not as a root: the account is opened within it
    bootstrap.install(Optional.of("330182,建德市,Jiande"), Optional.of("jiande-bootstrap-admin"));
    assertEquals(
        "330182",
        one(
            "select jurisdiction_code from kernel_account where principal = ?",
            "jiande-bootstrap-admin"));
    assertEquals(
        "/330100/330182/",
        one(
            "select subject_region_path from kernel_audit where subject_id = ?",
            "jiande-bootstrap-admin"));
  }

  @Test
  void aWrongSettingIsRefusedNamingIt() {
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class,
            () -> bootstrap.install(Optional.of("33,杭州"), Optional.empty()));
    assertTrue(wrong.getMessage().contains("shaodian.bootstrap.root"));
  }

  private String one(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}
