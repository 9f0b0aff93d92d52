package org.shaodian.kernel.internal.region;

import jakarta.json.bind.adapter.JsonbAdapter;
import org.shaodian.kernel.api.region.RegionCode;

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
