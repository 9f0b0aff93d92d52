package org.shaodian.checkpoints.api;

import org.shaodian.kernel.api.i18n.Text;

/** What kind of key place (重点场所): where many people meet and the daily patrol goes. */
public enum KeyPlaceKind {
  MARKET(Text.of("农贸市场", "market")),
  SUPERMARKET(Text.of("超市", "supermarket")),
  HOTEL(Text.of("宾馆", "hotel")),
  STATION(Text.of("车站", "station")),
  HOSPITAL(Text.of("医院/诊所", "hospital or clinic")),
  SCHOOL(Text.of("学校", "school")),
  RESTAURANT(Text.of("餐馆", "restaurant")),
  WORKSITE(Text.of("工地", "worksite")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  KeyPlaceKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
