package org.shaodian.grids.internal.register;

import java.util.UUID;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.kernel.api.region.RegionCode;

/** Which residents a list shows; every part optional. */
public record ResidentQuery(
    RegionCode region, UUID building, UUID dwelling, ResidentFlag flag, String nameContains) {}
