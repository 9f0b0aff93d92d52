package org.shaodian.kernel.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.region.Regions;

/** A JWT's jurisdiction claim: a string with the code of a region of the tree, or a 403. */
class TokenJurisdictionTest {

  private static final Region JIANDE =
      new Region(
          RegionCode.of("330182"),
          "建德市",
          "Jiande",
          RegionLevel.DISTRICT,
          RegionCode.of("330100"),
          "/330100/330182/");

  /** A region tree of one region. */
  private static final Regions TREE =
      new Regions() {
        @Override
        public Optional<Region> find(RegionCode code) {
          return code.equals(JIANDE.code()) ? Optional.of(JIANDE) : Optional.empty();
        }

        @Override
        public Region get(RegionCode code) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Map<RegionCode, Region> findAll(Collection<RegionCode> codes) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<Region> roots() {
          return List.of(JIANDE);
        }

        @Override
        public List<Region> children(RegionCode code) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<Region> within(Region root, RegionLevel level, int atMost) {
          throw new UnsupportedOperationException();
        }
      };

  @Test
  void aStringWithTheCodeOfARegionOfTheTree() {
    assertThat(RequestCaller.jurisdiction("330182", TREE)).isEqualTo(JIANDE);
    assertThat(RequestCaller.jurisdiction(Json.createValue("330182"), TREE)).isEqualTo(JIANDE);
  }

  @Test
  void noClaimIsForbidden() {
    assertThat(refusal(null).detail().en()).contains("has no jurisdiction claim");
  }

  @Test
  void aCodeTheTreeDoesNotHaveIsForbiddenWithoutRepeatingIt() {
    Problem problem = refusal("330182999999");
    assertThat(problem.detail().en()).contains("names no region");
    assertThat(problem.detail().en() + problem.detail().zh()).doesNotContain("330182999999");
  }

  @Test
  void anythingButAStringOfDigitsIsForbidden() {
    for (Object claim :
        List.of(
            "Jiande",
            "",
            " 330182",
            "330182\n",
            330182L,
            Json.createValue(330182),
            List.of("330182"),
            Json.createArrayBuilder().add("330182").build(),
            Json.createObjectBuilder().add("code", "330182").build())) {
      assertThat(refusal(claim).detail().en()).as("%s", claim).contains("is not a region code");
    }
  }

  private static Problem refusal(Object claim) {
    Problem problem =
        catchThrowableOfType(Problem.class, () -> RequestCaller.jurisdiction(claim, TREE));
    assertThat(problem).as("refused: %s", claim).isNotNull();
    assertThat(problem.status()).isEqualTo(403);
    return problem;
  }
}
