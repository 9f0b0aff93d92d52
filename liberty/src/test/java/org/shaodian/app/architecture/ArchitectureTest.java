package org.shaodian.app.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.HttpMethod;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shaodian.kernel.api.access.PermissionAnnotation;
import org.shaodian.kernel.api.personal.PersonalData;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.internal.region.RegionNode;
import org.shaodian.rosters.api.PeopleService;

/**
 * Keeps the line drawn in ARCHITECTURE.md ("Dependencies between modules"):
 *
 * <pre>kernel  &lt;-  rosters  &lt;-  grids  &lt;-  checkpoints  &lt;-  reporting</pre>
 *
 * <p>The rules are the {@code static final} {@link ArchRule} constants below. The {@link ArchTest}
 * methods check them against the production classes of every module (the liberty module has all
 * module jars on its test classpath). They are methods rather than {@code @ArchTest} fields on
 * purpose: maven-surefire-plugin before 3.5.4 silently skipped {@code @ArchTest} fields
 * (SUREFIRE-2298, TNG/ArchUnit#1442), so rule fields could pass unnoticed.
 *
 * <p>The plain {@link Test} methods prove that each rule rejects what it is meant to reject: they
 * compile small throw-away fixture classes into a temporary directory (fixtures must live in the
 * modules' packages, which this test source tree must not contain), import them together with the
 * real code, and expect the rule to fail naming the fixture.
 */
@AnalyzeClasses(packages = "org.shaodian", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The modules in dependency order: each may use the api of those before it. */
  static final List<String> MODULES =
      List.of("kernel", "rosters", "grids", "checkpoints", "reporting");

  /** The WAR: it assembles the modules and may use anything. */
  static final String APP = "org.shaodian.app..";

  static final ArchRule MODULES_ARE_USED_ONLY_THROUGH_THEIR_API =
      CompositeArchRule.of(MODULES.stream().map(ArchitectureTest::onlyThroughApi).toList())
          .because(
              "a module's package org.shaodian.<module>.api is its face and the only package"
                  + " another module may use; everything else (internal: entities, services,"
                  + " resources) belongs to the module alone (ARCHITECTURE.md)");

  static final ArchRule MODULES_FOLLOW_THE_DEPENDENCY_LINE =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("kernel")
          .definedBy("org.shaodian.kernel..")
          .layer("rosters")
          .definedBy("org.shaodian.rosters..")
          .layer("grids")
          .definedBy("org.shaodian.grids..")
          .layer("checkpoints")
          .definedBy("org.shaodian.checkpoints..")
          .layer("reporting")
          .definedBy("org.shaodian.reporting..")
          .layer("app")
          .definedBy(APP)
          .whereLayer("kernel")
          .mayOnlyBeAccessedByLayers("rosters", "grids", "checkpoints", "reporting", "app")
          .whereLayer("rosters")
          .mayOnlyBeAccessedByLayers("grids", "checkpoints", "reporting", "app")
          .whereLayer("grids")
          .mayOnlyBeAccessedByLayers("checkpoints", "reporting", "app")
          .whereLayer("checkpoints")
          .mayOnlyBeAccessedByLayers("reporting", "app")
          .whereLayer("reporting")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer()
          .because(
              "modules depend on each other only along the line kernel <- rosters <- grids <-"
                  + " checkpoints <- reporting (reporting may use every module), and the WAR"
                  + " (org.shaodian.app) sits on top of all of them (ARCHITECTURE.md)");

  static final ArchRule MODULES_ARE_FREE_OF_CYCLES =
      slices()
          .matching("org.shaodian.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "a cycle between modules would make them one module in all but name: neither"
                  + " could be understood, tested or changed without the other");

  static final ArchRule ENTITIES_ARE_INTERNAL =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .resideInAPackage("org.shaodian.*.internal..")
          .allowEmptyShould(true)
          .because(
              "each module owns its tables and no JPA relationship crosses a module: other"
                  + " modules refer to its things by id and ask its api, so an entity never"
                  + " appears in an api package");

  static final ArchRule APIS_STAND_ON_THEIR_OWN =
      noClasses()
          .that()
          .resideInAPackage("org.shaodian..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.shaodian..internal..")
          .because(
              "a module's api is all another module may see: if it leaned on the module's"
                  + " internals, those would leak into every caller and could not change freely");

  /** The one REST operation open to callers nobody has signed in yet. */
  static final String CONSOLE_SIGN_IN =
      "org.shaodian.kernel.internal.access.ConsoleSessionResource.signIn("
          + "org.shaodian.kernel.internal.access.SignInForm)";

  static final ArchRule REST_OPERATIONS_DECLARE_A_PERMISSION =
      methods()
          .that()
          .areMetaAnnotatedWith(HttpMethod.class)
          .should()
          .beMetaAnnotatedWith(PermissionAnnotation.class)
          .orShould()
          .haveFullName(CONSOLE_SIGN_IN)
          .allowEmptyShould(true)
          .because(
              "every REST operation names the permission it needs with its module's permission"
                  + " annotation, so the role is checked before the body, the headers or the record"
                  + " are looked at, and an operation cannot be added without a rights check; the"
                  + " one exception is the web console's sign-in, which nobody is signed in to"
                  + " call (it checks the password in its body)");

  static final ArchRule API_IMPLEMENTATIONS_DECLARE_A_PERMISSION =
      classes()
          .that()
          .areNotInterfaces()
          .and()
          .resideInAPackage("org.shaodian..internal..")
          .should(declareAPermissionOnEveryApiMethod())
          .allowEmptyShould(true)
          .because(
              "a module's api is called by other modules inside their transactions; each of its"
                  + " methods names the permission it needs, as SORMAS keeps its rights checks"
                  + " honest, so no call path skips the check");

  static final ArchRule FULL_VALUES_ARE_REVEALED_ONLY_WHERE_THEY_ARE_STORED =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.shaodian.kernel.api.personal..", "org.shaodian.kernel.internal.personal..")
          .should()
          .callMethodWhere(
              target(name("reveal")).and(target(owner(assignableTo(PersonalData.class)))))
          .because(
              "a full ID number, phone or plate leaves its type only to be stored (the"
                  + " converters, where encryption at rest goes) or through the kernel's audited"
                  + " reveal; everywhere else personal data is written out masked");

  static final ArchRule SEALED_VALUES_ARE_OPENED_ONLY_BY_THE_KERNEL =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.shaodian.kernel.api.personal..", "org.shaodian.kernel.internal..")
          .should()
          .callMethodWhere(
              target(name("open").or(name("install")))
                  .and(target(owner(assignableTo(Sealed.class)))))
          .because(
              "a sealed value is opened by the converters (to hand the entity its type) and by the"
                  + " kernel's re-encryption, and the keys are installed by the kernel at start-up;"
                  + " a module that wants the plain value asks for an audited reveal");

  private static ArchRule onlyThroughApi(String module) {
    String home = "org.shaodian." + module + "..";
    String api = "org.shaodian." + module + ".api..";
    return noClasses()
        .that()
        .resideOutsideOfPackages(home, APP)
        .should()
        .dependOnClassesThat(
            resideInAPackage(home)
                .and(resideOutsideOfPackage(api))
                .as("are outside the api of module " + module))
        .allowEmptyShould(true);
  }

  /**
   * Every public method of a class that implements a module's api interface (kernel services such
   * as Regions or AuditTrail excepted: they sit below access) and overrides one of its methods
   * carries a permission annotation.
   */
  private static ArchCondition<JavaClass> declareAPermissionOnEveryApiMethod() {
    return new ArchCondition<>(
        "declare a permission on every method of the module api it implements") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<String> apiMethods = new HashSet<>();
        for (JavaClass api : type.getAllRawInterfaces()) {
          if (api.getPackageName().startsWith("org.shaodian.")
              && api.getPackageName().contains(".api")
              && !api.getPackageName().startsWith("org.shaodian.kernel.")) {
            api.getMethods().forEach(method -> apiMethods.add(signature(method)));
          }
        }
        for (JavaMethod method : type.getMethods()) {
          if (apiMethods.contains(signature(method))
              && !method.isMetaAnnotatedWith(PermissionAnnotation.class)) {
            events.add(
                SimpleConditionEvent.violated(
                    method, method.getFullName() + " declares no permission annotation"));
          }
        }
      }
    };
  }

  private static String signature(JavaMethod method) {
    return method.getName()
        + method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
  }

  // ---- the rules against the production code ----

  @ArchTest
  static void modulesAreUsedOnlyThroughTheirApi(JavaClasses classes) {
    MODULES_ARE_USED_ONLY_THROUGH_THEIR_API.check(classes);
  }

  @ArchTest
  static void modulesFollowTheDependencyLine(JavaClasses classes) {
    MODULES_FOLLOW_THE_DEPENDENCY_LINE.check(classes);
  }

  @ArchTest
  static void modulesAreFreeOfCycles(JavaClasses classes) {
    MODULES_ARE_FREE_OF_CYCLES.check(classes);
  }

  @ArchTest
  static void entitiesAreInternal(JavaClasses classes) {
    ENTITIES_ARE_INTERNAL.check(classes);
  }

  @ArchTest
  static void apisStandOnTheirOwn(JavaClasses classes) {
    APIS_STAND_ON_THEIR_OWN.check(classes);
  }

  @ArchTest
  static void restOperationsDeclareAPermission(JavaClasses classes) {
    REST_OPERATIONS_DECLARE_A_PERMISSION.check(classes);
  }

  @ArchTest
  static void apiImplementationsDeclareAPermission(JavaClasses classes) {
    API_IMPLEMENTATIONS_DECLARE_A_PERMISSION.check(classes);
  }

  @ArchTest
  static void fullValuesAreRevealedOnlyWhereTheyAreStored(JavaClasses classes) {
    FULL_VALUES_ARE_REVEALED_ONLY_WHERE_THEY_ARE_STORED.check(classes);
  }

  @ArchTest
  static void sealedValuesAreOpenedOnlyByTheKernel(JavaClasses classes) {
    SEALED_VALUES_ARE_OPENED_ONLY_BY_THE_KERNEL.check(classes);
  }

  // ---- the rules reject what they should: throw-away fixtures compiled at test time ----

  /** Each breaks one rule; compiled and imported (with the real code) once for all tests. */
  private static final List<Fixture> VIOLATIONS =
      List.of(
          // 1. another module's internals
          fixture(
              "org.shaodian.rosters.internal.fixture.BoundaryViolationFixture",
              """
              package org.shaodian.rosters.internal.fixture;

              /** rosters reaches into the kernel's internal region tree. */
              public class BoundaryViolationFixture {
                org.shaodian.kernel.internal.region.RegionNode region;
              }
              """),
          fixture(
              "org.shaodian.grids.internal.fixture.GridsInternalFixture",
              """
              package org.shaodian.grids.internal.fixture;

              public class GridsInternalFixture {}
              """),
          fixture(
              "org.shaodian.reporting.internal.fixture.InternalUseViolationFixture",
              """
              package org.shaodian.reporting.internal.fixture;

              /** reporting may use grids, but only its api. */
              public class InternalUseViolationFixture {
                org.shaodian.grids.internal.fixture.GridsInternalFixture grids;
              }
              """),
          // 2. against the dependency line
          fixture(
              "org.shaodian.kernel.internal.fixture.LayerViolationFixture",
              """
              package org.shaodian.kernel.internal.fixture;

              /** the kernel uses rosters' api, though rosters comes after it. */
              public class LayerViolationFixture {
                org.shaodian.rosters.api.PeopleService people;
              }
              """),
          fixture(
              "org.shaodian.checkpoints.api.fixture.CheckpointsApiFixture",
              """
              package org.shaodian.checkpoints.api.fixture;

              public interface CheckpointsApiFixture {}
              """),
          fixture(
              "org.shaodian.grids.internal.fixture.UpstreamLayerViolationFixture",
              """
              package org.shaodian.grids.internal.fixture;

              /** grids uses checkpoints' api, though checkpoints comes after it. */
              public class UpstreamLayerViolationFixture {
                org.shaodian.checkpoints.api.fixture.CheckpointsApiFixture checkpoints;
              }
              """),
          // 3. a cycle between two modules
          fixture(
              "org.shaodian.grids.api.fixture.GridsCycleFixture",
              """
              package org.shaodian.grids.api.fixture;

              public class GridsCycleFixture {
                org.shaodian.checkpoints.api.fixture.CheckpointsCycleFixture checkpoints;
              }
              """),
          fixture(
              "org.shaodian.checkpoints.api.fixture.CheckpointsCycleFixture",
              """
              package org.shaodian.checkpoints.api.fixture;

              public class CheckpointsCycleFixture {
                org.shaodian.grids.api.fixture.GridsCycleFixture grids;
              }
              """),
          // 5. a REST operation, and an api implementation, without a permission
          fixture(
              "org.shaodian.rosters.internal.fixture.UnguardedResourceFixture",
              """
              package org.shaodian.rosters.internal.fixture;

              @jakarta.ws.rs.Path("unguarded")
              public class UnguardedResourceFixture {
                @jakarta.ws.rs.GET
                public String unguardedOperation() { return "open"; }
              }
              """),
          fixture(
              "org.shaodian.rosters.internal.fixture.UnguardedServiceFixture",
              """
              package org.shaodian.rosters.internal.fixture;

              public abstract class UnguardedServiceFixture
                  implements org.shaodian.rosters.api.PeopleService {
                @Override
                public org.shaodian.rosters.api.PersonView get(java.util.UUID id) { return null; }
              }
              """),
          // 6. a full value revealed outside storage
          fixture(
              "org.shaodian.rosters.internal.fixture.RevealFixture",
              """
              package org.shaodian.rosters.internal.fixture;

              public class RevealFixture {
                String leak(org.shaodian.kernel.api.personal.PhoneNumber phone) {
                  return phone.reveal();
                }
              }
              """),
          fixture(
              "org.shaodian.rosters.internal.fixture.OpenSealedFixture",
              """
              package org.shaodian.rosters.internal.fixture;

              public class OpenSealedFixture {
                String peek(String column) {
                  return org.shaodian.kernel.api.personal.Sealed.open("PhoneNumber", column);
                }
              }
              """),
          // 4. an entity in an api package
          fixture(
              "org.shaodian.rosters.api.fixture.EntityInApiFixture",
              """
              package org.shaodian.rosters.api.fixture;

              @jakarta.persistence.Entity
              public class EntityInApiFixture {
                @jakarta.persistence.Id Long id;
              }
              """));

  /** Uses the rules allow; together with the real code they must break none. */
  private static final List<Fixture> ALLOWED =
      List.of(
          fixture(
              "org.shaodian.grids.api.fixture.GridsApiFixture",
              """
              package org.shaodian.grids.api.fixture;

              public interface GridsApiFixture {}
              """),
          fixture(
              "org.shaodian.reporting.internal.fixture.AllowedUseFixture",
              """
              package org.shaodian.reporting.internal.fixture;

              /** reporting may use every module's api. */
              public class AllowedUseFixture {
                org.shaodian.rosters.api.PeopleService people;
                org.shaodian.kernel.api.region.RegionCode region;
                org.shaodian.grids.api.fixture.GridsApiFixture grids;
              }
              """),
          fixture(
              "org.shaodian.checkpoints.internal.fixture.AllowedDownstreamFixture",
              """
              package org.shaodian.checkpoints.internal.fixture;

              /** checkpoints may use the api of grids, rosters and the kernel. */
              @jakarta.persistence.Entity
              public class AllowedDownstreamFixture {
                @jakarta.persistence.Id Long id;
                org.shaodian.grids.api.fixture.GridsApiFixture grids;
                org.shaodian.rosters.api.PeopleService people;
              }
              """),
          fixture(
              "org.shaodian.app.fixture.AppFixture",
              """
              package org.shaodian.app.fixture;

              /** the WAR may use anything. */
              public class AppFixture {
                org.shaodian.kernel.internal.region.RegionNode region;
                org.shaodian.checkpoints.internal.fixture.AllowedDownstreamFixture checkpoint;
              }
              """));

  @TempDir static Path fixtures;

  private static JavaClasses withViolations;
  private static JavaClasses withAllowedUses;

  @BeforeAll
  static void importRealCodeWithFixtures() {
    withViolations = realCodeWith(fixtures.resolve("violations"), VIOLATIONS);
    withAllowedUses = realCodeWith(fixtures.resolve("allowed"), ALLOWED);
  }

  @Test
  void rejectsUseOfAnotherModulesInternals() {
    assertRejects(
        MODULES_ARE_USED_ONLY_THROUGH_THEIR_API,
        "BoundaryViolationFixture",
        "InternalUseViolationFixture");
  }

  @Test
  void rejectsDependenciesAgainstTheLine() {
    assertRejects(
        MODULES_FOLLOW_THE_DEPENDENCY_LINE,
        "LayerViolationFixture",
        "UpstreamLayerViolationFixture");
  }

  @Test
  void rejectsCyclesBetweenModules() {
    assertRejects(MODULES_ARE_FREE_OF_CYCLES, "GridsCycleFixture", "CheckpointsCycleFixture");
  }

  @Test
  void rejectsEntitiesInAnApiPackage() {
    assertRejects(ENTITIES_ARE_INTERNAL, "EntityInApiFixture");
  }

  @Test
  void rejectsOperationsAndApiMethodsWithoutAPermission() {
    assertRejects(REST_OPERATIONS_DECLARE_A_PERMISSION, "unguardedOperation");
    assertRejects(API_IMPLEMENTATIONS_DECLARE_A_PERMISSION, "UnguardedServiceFixture.get");
  }

  @Test
  void rejectsRevealingAFullValueOutsideStorage() {
    assertRejects(FULL_VALUES_ARE_REVEALED_ONLY_WHERE_THEY_ARE_STORED, "RevealFixture.leak");
    assertRejects(SEALED_VALUES_ARE_OPENED_ONLY_BY_THE_KERNEL, "OpenSealedFixture.peek");
  }

  @Test
  void acceptsUseAlongTheLineThroughTheApi() {
    for (ArchRule rule :
        List.of(
            MODULES_ARE_USED_ONLY_THROUGH_THEIR_API,
            MODULES_FOLLOW_THE_DEPENDENCY_LINE,
            MODULES_ARE_FREE_OF_CYCLES,
            ENTITIES_ARE_INTERNAL,
            REST_OPERATIONS_DECLARE_A_PERMISSION,
            API_IMPLEMENTATIONS_DECLARE_A_PERMISSION,
            FULL_VALUES_ARE_REVEALED_ONLY_WHERE_THEY_ARE_STORED,
            SEALED_VALUES_ARE_OPENED_ONLY_BY_THE_KERNEL)) {
      assertDoesNotThrow(() -> rule.check(withAllowedUses), rule.getDescription());
    }
  }

  private static void assertRejects(ArchRule rule, String... offenders) {
    AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(withViolations));
    for (String offender : offenders) {
      assertTrue(
          failure.getMessage().contains(offender),
          () -> "expected " + offender + " among the violations of:\n" + failure.getMessage());
    }
  }

  private record Fixture(String className, String source) {}

  private static Fixture fixture(String className, String source) {
    return new Fixture(className, source);
  }

  /**
   * The production classes of all modules (as the {@link ArchTest} methods see them) together with
   * the given fixtures, compiled into {@code directory}.
   */
  private static JavaClasses realCodeWith(Path directory, List<Fixture> sources) {
    compile(directory, sources);
    Set<Location> locations = new HashSet<>(Locations.ofPackage("org.shaodian"));
    locations.add(Location.of(directory));
    return new ClassFileImporter()
        .withImportOption(new ImportOption.DoNotIncludeTests())
        .importLocations(locations);
  }

  private static void compile(Path directory, List<Fixture> sources) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the fixture checks compile their classes and need a JDK, not a JRE");
    List<JavaFileObject> units =
        sources.stream().map(ArchitectureTest::sourceFile).collect(Collectors.toList());
    String classpath =
        Stream.of(RegionNode.class, PeopleService.class, Entity.class, jakarta.ws.rs.GET.class)
            .map(ArchitectureTest::codeSource)
            .distinct()
            .collect(Collectors.joining(File.pathSeparator));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-proc:none", "--release", "17", "-classpath", classpath, "-d", directory.toString());
    boolean compiled = javac.getTask(null, null, diagnostics, options, null, units).call();
    assertTrue(compiled, () -> "fixtures do not compile: " + diagnostics.getDiagnostics());
  }

  private static JavaFileObject sourceFile(Fixture fixture) {
    URI uri = URI.create("string:///" + fixture.className().replace('.', '/') + ".java");
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return fixture.source();
      }
    };
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
