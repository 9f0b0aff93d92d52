package org.shaodian.app.tx;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as a test archive Arquillian deploys into the test server: the WAR the build
 * made, with the libraries the server gives it in production (server.xml's library "libraries") put
 * back into WEB-INF/lib, since an archive deployed by Arquillian has no server configuration of its
 * own to name them.
 */
final class TestArchives {

  private TestArchives() {}

  static WebArchive application(String name) {
    // the build's libraries.dir (liberty/pom.xml, failsafe's system properties)
    File libraries = new File(System.getProperty("libraries.dir"));
    File[] jars = libraries.listFiles((dir, file) -> file.endsWith(".jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("no libraries in " + libraries + ": run mvn package first");
    }
    return ShrinkWrap.create(ZipImporter.class, name)
        .importFrom(new File("target/shaodian.war"))
        .as(WebArchive.class)
        .addAsLibraries(jars);
  }
}
