package org.shaodian.kernel.api.region;

import jakarta.json.bind.adapter.JsonbAdapter;

/** A region code is a plain string in JSON. */
public class RegionCodeJsonAdapter implements JsonbAdapter<RegionCode, String> {

  @Override
  public String adaptToJson(RegionCode code) {
    return code.value();
  }

  @Override
  public RegionCode adaptFromJson(String value) {
    return RegionCode.of(value);
  }
}
