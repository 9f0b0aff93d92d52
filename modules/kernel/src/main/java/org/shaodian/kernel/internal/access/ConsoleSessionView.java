package org.shaodian.kernel.internal.access;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.internal.web.ConsoleSettings;

/** Who the console is signed in as, and the token its state-changing requests carry. */
@Schema(
    name = "ConsoleSession",
    description =
        "控制台会话 — the signed-in user, their roles and jurisdiction, the anti-forgery token")
public record ConsoleSessionView(
    @Schema(description = "the registry user") String user,
    @Schema(description = "role ids, e.g. official, checkpoint-staff") List<String> roles,
    Jurisdiction jurisdiction,
    @Schema(
            description =
                "send as the X-CSRF-Token header with every POST, PUT, PATCH and DELETE that the"
                    + " session cookie authenticates")
        String csrfToken,
    @Schema(description = "when the token expires (sign in again after)") Instant csrfExpiresAt,
    ConsoleSettings.MapTiles mapTiles) {

  /** The user's jurisdiction: a region, by code and name. */
  @Schema(name = "ConsoleJurisdiction", description = "the signed-in user's jurisdiction")
  public record Jurisdiction(String code, String name, String nameEn) {}

  static ConsoleSessionView of(
      Caller caller, String token, Instant expiresAt, ConsoleSettings.MapTiles mapTiles) {
    Region region = caller.jurisdiction();
    return new ConsoleSessionView(
        caller.name(),
        caller.roles().stream().map(Role::id).sorted().toList(),
        new Jurisdiction(region.code().value(), region.name(), region.nameEn()),
        token,
        expiresAt,
        mapTiles);
  }
}
