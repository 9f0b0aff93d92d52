package org.shaodian.rosters.internal.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.api.SeatState;
import org.shaodian.rosters.internal.posts.Post;

/** Builds the views of seats and their holders, loading the names a page needs in one query. */
@ApplicationScoped
public class DutyViews {

  @PersistenceContext(unitName = "rosters")
  EntityManager em;

  /** The names of these people, by id. */
  public Map<UUID, String> names(Collection<UUID> people) {
    Map<UUID, String> names = new HashMap<>();
    if (people.isEmpty()) {
      return names;
    }
    List<UUID> ids = List.copyOf(new java.util.HashSet<>(people));
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createQuery("select p.id, p.name from Person p where p.id in :ids", Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .getResultList()
          .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    }
    return names;
  }

  /** The names of these posts, by id. */
  public Map<UUID, String> postNames(Collection<UUID> posts) {
    Map<UUID, String> names = new HashMap<>();
    if (!posts.isEmpty()) {
      em.createQuery("select p.id, p.name from Post p where p.id in :ids", Object[].class)
          .setParameter("ids", List.copyOf(new java.util.HashSet<>(posts)))
          .getResultList()
          .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    }
    return names;
  }

  /** A seat as it stands at {@code now}: open when {@code duty} is null. */
  public static DutyView view(
      Post post, Seat seat, Assignment duty, Map<UUID, String> names, Instant now) {
    return new DutyView(
        post.id(),
        post.name(),
        seat.date(),
        seat.shift().no(),
        seat.shift().label(),
        ShaodianTime.at(seat.start()),
        ShaodianTime.at(seat.end()),
        seat.role(),
        seat.seatNo(),
        seat.required().stream().sorted().toList(),
        duty == null ? null : duty.person(),
        duty == null ? null : names.get(duty.person()),
        state(duty, now),
        duty == null ? null : duty.via(),
        duty == null ? null : ShaodianTime.at(duty.signedInAt()),
        duty == null ? null : ShaodianTime.at(duty.signedOutAt()));
  }

  public static SeatState state(Assignment duty, Instant now) {
    if (duty == null) {
      return SeatState.OPEN;
    }
    if (duty.signedOutAt() != null) {
      return SeatState.SIGNED_OUT;
    }
    if (duty.signedInAt() != null) {
      return SeatState.SIGNED_IN;
    }
    return duty.isNoShow(now) ? SeatState.NO_SHOW : SeatState.ASSIGNED;
  }
}
