package org.shaodian.rosters.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;

/**
 * The people who serve: cadres, medics, militia, volunteers … Every method checks the caller's
 * access and jurisdiction; writes join the caller's transaction (or start one) and are audited in
 * it.
 */
public interface PeopleService {

  Page<PersonView> list(PeopleQuery query, PageRequest page);

  /**
   * Every person the query matches, read at once (for printouts); a 400 problem naming {@code
   * region} if there are more than {@code atMost}.
   */
  List<PersonView> listAll(PeopleQuery query, int atMost);

  PersonView get(UUID id);

  /**
   * The names of people who serve, by id, for lists that show who holds a post (a grid's staff, a
   * seat's holder): the role is checked, the jurisdiction is not, since people serve outside their
   * home region and their names are on every notice board. Ids that do not exist are left out.
   */
  Map<UUID, String> namesOf(Collection<UUID> ids);

  PersonView register(PersonDetails details);

  /** Changes a person's details; {@code expectedVersion} is the version the change was based on. */
  PersonView update(UUID id, long expectedVersion, PersonDetails details);

  /** Takes a person off duty for good; they stay in the register, marked inactive. */
  PersonView deactivate(UUID id, long expectedVersion);
}
