package org.shaodian.rosters.internal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.PersonDetails;
import org.shaodian.rosters.api.Qualification;

class PersonTest {

  private static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182"),
          "/330100/330182/330182107000/");
  private static final Region XIHU =
      new Region(
          RegionCode.of("330182107201"),
          "西湖村",
          "Xihu Village",
          RegionLevel.VILLAGE,
          SHOUCHANG.code(),
          "/330100/330182/330182107000/330182107201/");
  private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-11-24T01:00:00Z");

  private static PersonDetails details(String name, Region home, Qualification... qualifications) {
    return new PersonDetails(
        name,
        PhoneNumber.of("13957101000"),
        Affiliation.MEDICAL,
        true,
        Set.of(qualifications),
        home.code());
  }

  @Test
  void aRegisteredPersonIsActiveInTheirHomeRegion() {
    Person person = Person.register(details("余振华", XIHU), XIHU, MONDAY);
    assertThat(person.id()).isNotNull();
    assertThat(person.isActive()).isTrue();
    assertThat(person.homeRegion()).isEqualTo(XIHU.code());
    assertThat(person.regionPath()).isEqualTo(XIHU.path());
    assertThat(person.registeredAt()).isEqualTo(MONDAY).isEqualTo(person.updatedAt());
    assertThat(person.nameKey()).isEqualTo(NameOrder.key("余振华"));
  }

  @Test
  void changingDetailsNamesWhatChanged() {
    Person person = Person.register(details("余振华", XIHU, Qualification.FIRST_AID), XIHU, MONDAY);
    Set<String> changed =
        person.changeDetails(
            details("温军", SHOUCHANG, Qualification.SWAB_SAMPLING), SHOUCHANG, TUESDAY);
    assertThat(changed).containsExactly("homeRegion", "name", "qualifications");
    assertThat(person.name()).isEqualTo("温军");
    assertThat(person.regionPath()).isEqualTo(SHOUCHANG.path());
    assertThat(person.qualifications()).containsExactly(Qualification.SWAB_SAMPLING);
    assertThat(person.updatedAt()).isEqualTo(TUESDAY);
    assertThat(person.registeredAt()).isEqualTo(MONDAY);
    assertThat(Arrays.equals(person.nameKey(), NameOrder.key("温军"))).isTrue();
  }

  @Test
  void theSameDetailsChangeNothing() {
    Person person = Person.register(details("余振华", XIHU), XIHU, MONDAY);
    assertThat(person.changeDetails(details("余振华", XIHU), XIHU, TUESDAY)).isEmpty();
  }

  @Test
  void aPersonIsDeactivatedOnceAndStaysInTheRegister() {
    Person person = Person.register(details("余振华", XIHU), XIHU, MONDAY);
    person.deactivate(TUESDAY);
    assertThat(person.isActive()).isFalse();
    assertThat(person.updatedAt()).isEqualTo(TUESDAY);

    Problem twice = catchThrowableOfType(Problem.class, () -> person.deactivate(TUESDAY));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(person.isActive()).isFalse();
  }

  @Test
  void theNameKeyCannotBeChangedFromOutside() {
    Person person = Person.register(details("余振华", XIHU), XIHU, MONDAY);
    person.nameKey()[0] = 0;
    assertThat(person.nameKey()).isEqualTo(NameOrder.key("余振华"));
  }
}
