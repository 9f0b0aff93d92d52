package org.shaodian.rosters.internal.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeighbourhoodsTest {

  @Test
  void regionPathsReadTheTownAndTheVillageByTheShapeOfTheirCodes() {
    assertThat(RegionKey.of("/330000/330100/330182/330182107/330182107201/"))
        .isEqualTo(new RegionKey(330182107L, 330182107201L));
    assertThat(RegionKey.of("/330100/330182/330182107000/330182107201/"))
        .isEqualTo(new RegionKey(330182107L, 330182107201L));
    assertThat(RegionKey.of("/330000/330100/330182/330182107/"))
        .isEqualTo(new RegionKey(330182107L, -1));
    assertThat(RegionKey.of("/330100/330182/330182107000/330182107201/330182107201003/"))
        .isEqualTo(new RegionKey(330182107L, 330182107201L));
    assertThat(RegionKey.of("/330000/330100/")).isEqualTo(RegionKey.NOWHERE);
  }

  @Test
  void aVillagePostLooksToItsVillageThenTheClosestCodesThenTheTownStaff() {
    // 205: itself, 204 (1 away), then 201 and 209 (4 away each; the lower code first)
    String town = "/330000/330100/330182/330182107/";
    Worker a = worker(0, town + "330182107201/");
    Worker b = worker(1, town + "330182107204/");
    Worker c = worker(2, town + "330182107205/");
    Worker d = worker(3, town + "330182107209/");
    Worker staff = worker(4, town);
    Worker elsewhere = worker(5, "/330000/330100/330182/330182108/330182108205/");
    Neighbourhoods neighbourhoods = new Neighbourhoods(List.of(a, b, c, d, staff, elsewhere));

    assertThat(neighbourhoods.ringsAround(RegionKey.of(town + "330182107205/")))
        .containsExactly(List.of(c), List.of(b), List.of(a), List.of(d), List.of(staff));
    // a post in a village where nobody lives: the closest codes first
    assertThat(neighbourhoods.ringsAround(RegionKey.of(town + "330182107203/")))
        .containsExactly(List.of(b), List.of(a), List.of(c), List.of(d), List.of(staff));
    // a highway exit at town level: the town staff, then the whole town
    assertThat(neighbourhoods.ringsAround(RegionKey.of(town)))
        .containsExactly(List.of(staff), List.of(a, b, c, d));
  }

  private static Worker worker(int index, String home) {
    return new Worker(
        index, new UUID(0, index), 0, RegionKey.of(home), Set.of(), new long[0], new long[0], 0, 0);
  }
}
