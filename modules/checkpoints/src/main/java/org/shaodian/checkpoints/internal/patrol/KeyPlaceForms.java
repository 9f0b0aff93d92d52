package org.shaodian.checkpoints.internal.patrol;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.NameText;

/** The bodies of the key-place and patrol operations. */
public final class KeyPlaceForms {

  private KeyPlaceForms() {}

  /** A key place to set up. */
  @Schema(
      name = "KeyPlaceForm",
      description = "登记重点场所 — a key place to patrol every day, with its checklist",
      requiredProperties = {"name", "kind", "region", "checklist"})
  public record SetUp(
      @Schema(examples = "寿昌农贸市场", minLength = 1, maxLength = 50) @NameText(max = 50) String name,
      @NotNull KeyPlaceKind kind,
      @Schema(
              type = SchemaType.STRING,
              pattern = RegionCode.PATTERN,
              examples = "330182107001",
              description = "the village or community (or the town) the place is in")
          @NotNull
          String region,
      @Schema(examples = "寿昌镇寿昌大道 88 号", maxLength = 100) @FreeText(max = 100) String address,
      @Schema(
              description =
                  "检查清单 — what the patrol checks, in order, each item once (扫码测温, 佩戴口罩,"
                      + " 通风消毒 …)",
              minItems = 1,
              maxItems = KeyPlace.MAX_ITEMS)
          @NotNull
          @Size(min = 1, max = KeyPlace.MAX_ITEMS)
          List<@NameText(max = KeyPlace.ITEM_LENGTH) String> checklist) {}

  /** A new name, address or checklist. */
  @Schema(
      name = "KeyPlaceChange",
      description = "重点场所信息变更 — name, address, checklist; kind and region stay",
      requiredProperties = {"name", "kind", "checklist"})
  public record Change(
      @Schema(minLength = 1, maxLength = 50) @NameText(max = 50) String name,
      @NotNull KeyPlaceKind kind,
      @Schema(maxLength = 100) @FreeText(max = 100) String address,
      @Schema(
              description = "the whole checklist as it is from now on",
              minItems = 1,
              maxItems = KeyPlace.MAX_ITEMS)
          @NotNull
          @Size(min = 1, max = KeyPlace.MAX_ITEMS)
          List<@NameText(max = KeyPlace.ITEM_LENGTH) String> checklist) {}

  /** Why a place is deactivated. */
  @Schema(
      name = "KeyPlaceDeactivation",
      requiredProperties = {"reason"})
  public record Deactivation(
      @Schema(examples = "市场已关闭", minLength = 1, maxLength = 200) @NameText(max = 200)
          String reason) {}

  /** One item of the checklist, answered. */
  @Schema(
      name = "PatrolAnswer",
      requiredProperties = {"item", "passed"})
  public record Answer(
      @Schema(
              examples = "扫码测温",
              minLength = 1,
              maxLength = KeyPlace.ITEM_LENGTH,
              description = "the checklist item, as the place lists it")
          @NameText(max = KeyPlace.ITEM_LENGTH)
          String item,
      @Schema(description = "true: passed; false: failed") @NotNull Boolean passed,
      @Schema(
              examples = "入口未张贴场所码",
              maxLength = Patrol.NOTE_LENGTH,
              description = "what was seen at the place; no names, phones or ID numbers")
          @FreeText(max = Patrol.NOTE_LENGTH)
          String note) {}

  /** A patrol of a place. */
  @Schema(
      name = "PatrolForm",
      description =
          "每日一巡 — a key place's patrol: every item of its checklist answered exactly once",
      requiredProperties = {"items"})
  public record PatrolForm(
      @Schema(
              description =
                  "when the patrol was made; now when left out. Today, or yesterday until noon")
          OffsetDateTime patrolledAt,
      @Schema(minItems = 1, maxItems = KeyPlace.MAX_ITEMS)
          @NotNull
          @Size(min = 1, max = KeyPlace.MAX_ITEMS)
          List<@Valid @NotNull Answer> items,
      @Schema(
              examples = "责令当日张贴场所码,明日复查",
              maxLength = Patrol.RECTIFICATION_LENGTH,
              description = "整改要求 — what was ordered to be put right")
          @FreeText(max = Patrol.RECTIFICATION_LENGTH)
          String rectification) {}
}
