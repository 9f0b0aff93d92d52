package org.shaodian.rosters.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * Who is on duty where: the seats of a post and the duties of a person, for printouts and other
 * modules. Every method checks the caller's access and jurisdiction.
 */
public interface DutyService {

  /** A post's seats with their holders, day by day from {@code from} to {@code to} (≤ 31 days). */
  PostDuties postDuties(UUID post, LocalDate from, LocalDate to);

  /** A person's duties from {@code from} to {@code to} (≤ 31 days), in the order they start. */
  PersonDuties personDuties(UUID person, LocalDate from, LocalDate to);

  /**
   * The seat {@code person} held at {@code post} at the moment {@code at}, signed in by then and
   * not yet signed out, within the shift: who may record an inspection there and then. Empty when
   * they held none (not on the roster, not signed in, signed out, or another shift). It reads the
   * post and the seat, nothing more: a checkpoint asks it for every inspection it records.
   */
  Optional<OnDuty> onDutyAt(UUID post, UUID person, Instant at);

  /** A post and its seats over some days. */
  record PostDuties(PostView post, LocalDate from, LocalDate to, List<DutyView> seats) {}

  /** A person and their duties over some days. */
  record PersonDuties(DutyHolder person, LocalDate from, LocalDate to, List<DutyView> duties) {}

  /**
   * Whose duties they are: no more than reading a roster shows (the name, and the home region a
   * printout files them under), so that a role that may read rosters but not the people register
   * (checkpoint staff) may print a colleague's duties as it may list them.
   */
  record DutyHolder(UUID id, String name, RegionCode homeRegion, String homeRegionName) {}
}
