package org.shaodian.rosters.internal.solving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who lives near a post. Regions carry no coordinates, so nearness comes from the region tree
 * alone: a village post's own village first, then the other villages of its town in order of how
 * close their codes are to the post's village (statistical codes are handed out along roads and
 * valleys more often than not, so a neighbour in code order is the best guess there is), then the
 * town's own staff (people registered at town level). A town-level post (a highway exit belongs to
 * its town, not to a village) has no village to start from: its rings are the town staff, then
 * every village of the town together. Nobody outside the post's town is a candidate. Each ring is
 * one list of people; rings are built once per region and shared.
 */
final class Neighbourhoods {

  /** Per town: its villages in code order, with their people; and its town-level people. */
  private final Map<Long, TreeMap<Long, List<Worker>>> villagesByTown = new HashMap<>();

  private final Map<Long, List<Worker>> townStaff = new HashMap<>();
  private final Map<RegionKey, List<List<Worker>>> rings = new HashMap<>();

  Neighbourhoods(List<Worker> workers) {
    for (Worker worker : workers) {
      RegionKey home = worker.home;
      if (home.town() < 0) {
        continue; // lives above town level: near no post
      }
      if (home.atTownLevel()) {
        townStaff.computeIfAbsent(home.town(), t -> new ArrayList<>()).add(worker);
      } else {
        villagesByTown
            .computeIfAbsent(home.town(), t -> new TreeMap<>())
            .computeIfAbsent(home.village(), v -> new ArrayList<>())
            .add(worker);
      }
    }
  }

  /** The rings of people around a post, nearest first. */
  List<List<Worker>> ringsAround(RegionKey post) {
    return rings.computeIfAbsent(post, this::buildRings);
  }

  private List<List<Worker>> buildRings(RegionKey post) {
    List<List<Worker>> result = new ArrayList<>();
    if (post.town() < 0) {
      return result;
    }
    TreeMap<Long, List<Worker>> villages =
        villagesByTown.getOrDefault(post.town(), new TreeMap<>());
    List<Worker> staff = townStaff.getOrDefault(post.town(), List.of());
    if (post.atTownLevel()) {
      if (!staff.isEmpty()) {
        result.add(staff);
      }
      List<Worker> everyone = new ArrayList<>();
      villages.values().forEach(everyone::addAll);
      if (!everyone.isEmpty()) {
        result.add(everyone);
      }
      return result;
    }
    // the post's village, then outwards in code order, alternately below and above
    List<Long> codes = new ArrayList<>(villages.keySet());
    int below = lastIndexBelow(codes, post.village());
    int above = below + 1;
    if (above < codes.size() && codes.get(above) == post.village()) {
      result.add(villages.get(codes.get(above)));
      above++;
    }
    while (below >= 0 || above < codes.size()) {
      boolean takeBelow =
          above >= codes.size()
              || (below >= 0
                  && post.village() - codes.get(below) <= codes.get(above) - post.village());
      if (takeBelow) {
        result.add(villages.get(codes.get(below--)));
      } else {
        result.add(villages.get(codes.get(above++)));
      }
    }
    if (!staff.isEmpty()) {
      result.add(staff);
    }
    return result;
  }

  private static int lastIndexBelow(List<Long> sorted, long code) {
    int low = 0;
    int high = sorted.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle) < code) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}
