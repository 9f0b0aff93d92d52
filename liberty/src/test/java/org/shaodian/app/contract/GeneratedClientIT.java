package org.shaodian.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.client.ApiClient;
import org.shaodian.client.ApiException;
import org.shaodian.client.ApiResponse;
import org.shaodian.client.api.KernelApi;
import org.shaodian.client.api.RostersApi;
import org.shaodian.client.model.Affiliation;
import org.shaodian.client.model.PagePersonView;
import org.shaodian.client.model.PersonForm;
import org.shaodian.client.model.PersonView;
import org.shaodian.client.model.Qualification;
import org.shaodian.client.model.RegionLevel;
import org.shaodian.client.model.RegionView;

/**
 * An integrator's view: a Java client generated from docs/api/openapi.json (OpenAPI Generator,
 * java/native, at build time) registers, reads, changes and lists people on the running server,
 * with nothing but the document to go by.
 */
class GeneratedClientIT {

  private static final String SHOUCHANG = "330182107000";

  private static ApiClient signedInAs(String user) {
    URI server = URI.create(System.getProperty("shaodian.url", "http://localhost:9181"));
    String credentials =
        Base64.getEncoder().encodeToString((user + ":shaodian").getBytes(StandardCharsets.UTF_8));
    return new ApiClient()
        .setScheme(server.getScheme())
        .setHost(server.getHost())
        .setPort(server.getPort())
        .setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
  }

  @Test
  void aGeneratedClientRegistersReadsAndChangesAPerson() throws ApiException {
    RostersApi rosters = new RostersApi(signedInAs("shouchang-command"));
    String name = "客户端" + UUID.randomUUID().toString().substring(0, 6);

    PersonView registered =
        rosters.registerPerson(
            new PersonForm()
                .name(name)
                .phone("138 5710 1234")
                .affiliation(Affiliation.MEDICAL)
                .partyMember(true)
                .qualifications(Set.of(Qualification.SWAB_SAMPLING))
                .homeRegion(SHOUCHANG),
            null);
    assertThat(registered.getName()).isEqualTo(name);
    assertThat(registered.getPhone()).isEqualTo("138****1234");
    assertThat(registered.getHomeRegion()).isEqualTo(SHOUCHANG);
    assertThat(registered.getQualifications()).containsExactly(Qualification.SWAB_SAMPLING);

    ApiResponse<PersonView> read = rosters.getPersonWithHttpInfo(registered.getId(), "en");
    assertThat(read.getData().getId()).isEqualTo(registered.getId());
    String etag = read.getHeaders().get("etag").get(0);
    assertThat(etag).isEqualTo("\"0\"");

    PersonView changed =
        rosters.changePerson(
            registered.getId(),
            etag,
            new PersonForm()
                .name(name)
                .affiliation(Affiliation.VOLUNTEER)
                .partyMember(false)
                .homeRegion(SHOUCHANG),
            null);
    assertThat(changed.getAffiliation()).isEqualTo(Affiliation.VOLUNTEER);
    assertThat(changed.getVersion()).isEqualTo(1L);

    // the same ETag again is stale: the client sees the documented 412 problem
    ApiException stale =
        catchThrowableOfType(
            ApiException.class,
            () ->
                rosters.changePerson(
                    registered.getId(),
                    etag,
                    new PersonForm()
                        .name(name)
                        .affiliation(Affiliation.MEDICAL)
                        .partyMember(false)
                        .homeRegion(SHOUCHANG),
                    null));
    assertThat(stale.getCode()).isEqualTo(412);
    assertThat(stale.getResponseBody()).contains("urn:shaodian:problem:precondition-failed");

    PagePersonView page =
        rosters.listPeople(null, null, null, null, null, name, null, null, 20, null);
    assertThat(page.getItems()).extracting(PersonView::getId).containsExactly(registered.getId());
    assertThat(page.getTotalExact()).isTrue();
  }

  @Test
  void aGeneratedClientReadsTheRegionTree() throws ApiException {
    RegionView town = new KernelApi(signedInAs("shouchang-official")).getRegion(SHOUCHANG, "en");
    assertThat(town.getLevel()).isEqualTo(RegionLevel.TOWN);
    List<RegionView> villages = town.getChildren();
    assertThat(villages).isNotEmpty().allMatch(v -> v.getLevel() == RegionLevel.VILLAGE);
  }
}
