package org.shaodian.grids.internal.requests;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.RequestCategory;
import org.shaodian.grids.api.RequestUrgency;
import org.shaodian.kernel.api.personal.MobilePhone;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.NameText;

/** The bodies of the citizen-request operations. */
public final class RequestForms {

  private RequestForms() {}

  /** A request as the grid worker or the hotline takes it down. */
  @Schema(
      name = "CitizenRequestForm",
      description = "受理民呼必应诉求 — a citizen's request, as taken down",
      requiredProperties = {"place", "requester", "category", "urgency", "content"})
  public record Receive(
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              examples = "330182002001001",
              description = "the grid (or village, community) the request is from")
          @NotNull
          String place,
      @Schema(
              examples = "周桂英",
              minLength = 1,
              maxLength = 50,
              description = "masked in every output")
          @NameText(max = 50)
          String requester,
      @Schema(
              examples = "13857101234",
              pattern = "^(\\+86|0086)?[ -]*1[3-9]([ -]*[0-9]){9}$",
              description = "masked in every output")
          @MobilePhone
          String phone,
      @NotNull RequestCategory category,
      @NotNull RequestUrgency urgency,
      @Schema(examples = "老两口行动不便,需要有人接送去做核酸", minLength = 1, maxLength = 500) @NameText(max = 500)
          String content,
      @Schema(maxLength = 100) @FreeText(max = 100) String location) {

    @Override
    public String toString() {
      return "CitizenRequestForm[place=" + place + ", category=" + category + "]";
    }
  }

  /** To whom a request is routed. */
  @Schema(
      name = "CitizenRequestRouting",
      requiredProperties = {"assignee"})
  public record Routing(
      @Schema(description = "a person who serves (rosters)") @NotNull UUID assignee) {}

  /** A note, or how it was resolved. */
  @Schema(
      name = "CitizenRequestText",
      requiredProperties = {"text"})
  public record Note(@Schema(minLength = 1, maxLength = 500) @NameText(max = 500) String text) {}

  /** The call back: how satisfied the citizen is. */
  @Schema(
      name = "CitizenRequestCallback",
      requiredProperties = {"satisfaction"})
  public record Callback(
      @Schema(minimum = "1", maximum = "5") @NotNull @Min(1) @Max(5) Integer satisfaction) {}
}
