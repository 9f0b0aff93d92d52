package org.shaodian.kernel.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

class CallerTest {

  /** A module's permissions, as each module declares them. */
  enum TestPermission implements Permission {
    READ(EnumSet.of(Role.ADMIN, Role.COMMANDER, Role.GRID_WORKER)),
    WRITE(EnumSet.of(Role.ADMIN)),
    NOBODY(EnumSet.noneOf(Role.class));

    private final Set<Role> grantedTo;

    TestPermission(Set<Role> grantedTo) {
      this.grantedTo = grantedTo;
    }

    @Override
    public Set<Role> grantedTo() {
      return grantedTo;
    }
  }

  private static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang Town",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");

  @Test
  void mayWhatAnyOfItsRolesIsGranted() {
    Caller gridWorker = Caller.user("温军", Set.of(Role.GRID_WORKER), SHOUCHANG);
    assertThat(gridWorker.may(TestPermission.READ)).isTrue();
    assertThat(gridWorker.may(TestPermission.WRITE)).isFalse();
    assertThat(gridWorker.may(TestPermission.NOBODY)).isFalse();

    Caller admin = Caller.user("admin", Set.of(Role.SUPERVISOR, Role.ADMIN), SHOUCHANG);
    assertThat(admin.may(TestPermission.READ)).isTrue();
    assertThat(admin.may(TestPermission.WRITE)).isTrue();
    assertThat(admin.may(TestPermission.NOBODY)).isFalse();
  }

  @Test
  void aCallerWithoutRolesMayNothing() {
    Caller nobody = Caller.user("guest", Set.of(), SHOUCHANG);
    for (TestPermission permission : TestPermission.values()) {
      assertThat(nobody.may(permission)).as(permission.name()).isFalse();
    }
  }

  @Test
  void aRoleOutsideTheGrantDoesNotHelp() {
    Caller staff = Caller.user("吴凤英", Set.of(Role.CHECKPOINT_STAFF, Role.OFFICIAL), SHOUCHANG);
    assertThat(staff.may(TestPermission.READ)).isFalse();
  }

  @Test
  void rolesAreCopied() {
    Set<Role> roles = new HashSet<>(Set.of(Role.GRID_WORKER));
    Caller caller = Caller.user("温军", roles, SHOUCHANG);
    roles.add(Role.ADMIN);
    assertThat(caller.roles()).containsExactly(Role.GRID_WORKER);
    assertThat(caller.may(TestPermission.WRITE)).isFalse();
    assertThatThrownBy(() -> caller.roles().add(Role.ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSystemCallerMayEverythingWithinItsRegionAndSaysSo() {
    Caller system = Caller.system("daily-briefing", SHOUCHANG);
    assertThat(system.name()).isEqualTo("system:daily-briefing");
    assertThat(system.kind()).isEqualTo(CallerKind.SYSTEM);
    assertThat(system.may(TestPermission.WRITE)).isTrue();
    assertThat(system.may(TestPermission.NOBODY)).isFalse();
    assertThat(system.scope().covers(SHOUCHANG)).isTrue();
    assertThat(system.scope().covers("/330100/330111/")).isFalse();
  }

  @Test
  void aJobNameIsOneWordOrHyphenatedWords() {
    assertThatThrownBy(() -> Caller.system("Daily Briefing", SHOUCHANG))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Caller.system("", SHOUCHANG))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usersAndIntegrationsAreToldApart() {
    assertThat(Caller.user("admin", Set.of(Role.ADMIN), SHOUCHANG).kind())
        .isEqualTo(CallerKind.USER);
    assertThat(Caller.integration("admin", Set.of(Role.ADMIN), SHOUCHANG).kind())
        .isEqualTo(CallerKind.INTEGRATION);
  }
}
