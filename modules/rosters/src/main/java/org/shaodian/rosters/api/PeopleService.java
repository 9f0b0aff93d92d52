package org.shaodian.rosters.api;

import java.util.List;
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

  PersonView register(PersonDetails details);

  /** Changes a person's details; {@code expectedVersion} is the version the change was based on. */
  PersonView update(UUID id, long expectedVersion, PersonDetails details);

  /** Takes a person off duty for good; they stay in the register, marked inactive. */
  PersonView deactivate(UUID id, long expectedVersion);
}
