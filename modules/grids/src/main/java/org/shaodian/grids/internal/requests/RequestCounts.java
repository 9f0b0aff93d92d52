package org.shaodian.grids.internal.requests;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.RequestCategory;
import org.shaodian.kernel.api.region.RegionCode;

/** How many requests of a category a place had, and how many are still open or overdue. */
@Schema(
    name = "CitizenRequestCount",
    requiredProperties = {
      "place",
      "placeName",
      "category",
      "categoryName",
      "received",
      "open",
      "overdue"
    })
public record RequestCounts(
    RegionCode place,
    String placeName,
    RequestCategory category,
    String categoryName,
    long received,
    long open,
    long overdue) {}
