package org.shaodian.rosters.api;

/** How a seat was given: by hand, in a bulk request, or by accepting a solver's proposal. */
public enum AssignedVia {
  HAND,
  BULK,
  SOLVER
}
