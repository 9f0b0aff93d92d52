package org.shaodian.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DeclareRoles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.shaodian.app.ShaodianApplication;
import org.shaodian.kernel.api.access.Role;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * One list of roles: {@link Role}. The container needs the same names in four more places (the
 * application's {@code @DeclareRoles}, web.xml, the role-to-group binding in server.xml and the
 * demo registry's groups); this test keeps each of them equal to the enum, so a role is added in
 * {@code Role} and the build says where else it must go.
 */
class RolesAreDeclaredOnceTest {

  private static final Set<String> ROLES =
      Arrays.stream(Role.values()).map(Role::id).collect(Collectors.toCollection(TreeSet::new));

  @Test
  void theApplicationDeclaresEveryRole() {
    assertThat(
            new TreeSet<>(
                Set.of(ShaodianApplication.class.getAnnotation(DeclareRoles.class).value())))
        .isEqualTo(ROLES);
  }

  @Test
  void webXmlDeclaresEveryRole() throws Exception {
    assertThat(texts("src/main/webapp/WEB-INF/web.xml", "security-role/role-name"))
        .isEqualTo(ROLES);
  }

  @Test
  void serverXmlBindsEveryRoleToTheGroupOfTheSameName() throws Exception {
    Document server = xml("src/main/liberty/config/server.xml");
    NodeList bindings = server.getElementsByTagName("security-role");
    Set<String> bound = new TreeSet<>();
    for (int i = 0; i < bindings.getLength(); i++) {
      var role = (org.w3c.dom.Element) bindings.item(i);
      var group = (org.w3c.dom.Element) role.getElementsByTagName("group").item(0);
      assertThat(group.getAttribute("name")).isEqualTo(role.getAttribute("name"));
      bound.add(role.getAttribute("name"));
    }
    assertThat(bound).isEqualTo(ROLES);
  }

  @Test
  void theDemoRegistryHasAGroupForEveryRoleAndTheMonitoringGroup() throws Exception {
    Document registry = xml("src/main/liberty/config/demo-registry.xml");
    NodeList groups = registry.getElementsByTagName("group");
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < groups.getLength(); i++) {
      names.add(((org.w3c.dom.Element) groups.item(i)).getAttribute("name"));
    }
    // the group that reads /metrics is Liberty's reader role, not one of the application's roles
    NodeList variables = xml("src/main/liberty/config/server.xml").getElementsByTagName("variable");
    String monitoring = null;
    for (int i = 0; i < variables.getLength(); i++) {
      var variable = (org.w3c.dom.Element) variables.item(i);
      if (variable.getAttribute("name").equals("metrics.group")) {
        monitoring = variable.getAttribute("defaultValue");
      }
    }
    assertThat(monitoring).isNotBlank().isNotIn(ROLES);
    Set<String> expected = new TreeSet<>(ROLES);
    expected.add(monitoring);
    assertThat(names).isEqualTo(expected);
  }

  @Test
  void noOtherSourceNamesARole() throws Exception {
    // string literals naming a role outside Role itself would drift: only the enum may hold them
    Pattern literal = Pattern.compile("\"(" + String.join("|", ROLES) + ")\"");
    try (var sources = Files.walk(Path.of("..", "modules"))) {
      for (Path source :
          sources
              .filter(p -> p.toString().endsWith(".java") && p.toString().contains("/main/"))
              .toList()) {
        if (source.endsWith(Path.of("kernel/api/access/Role.java"))) {
          continue;
        }
        Matcher found = literal.matcher(Files.readString(source));
        assertThat(found.find()).as("%s names a role as a string", source).isFalse();
      }
    }
  }

  private static Set<String> texts(String file, String path) throws Exception {
    String[] steps = path.split("/");
    NodeList outer = xml(file).getElementsByTagName(steps[0]);
    Set<String> texts = new TreeSet<>();
    for (int i = 0; i < outer.getLength(); i++) {
      NodeList inner = ((org.w3c.dom.Element) outer.item(i)).getElementsByTagName(steps[1]);
      for (int j = 0; j < inner.getLength(); j++) {
        texts.add(inner.item(j).getTextContent().strip());
      }
    }
    return texts;
  }

  private static Document xml(String file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(file).toFile());
  }
}
