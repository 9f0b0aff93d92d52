package org.shaodian.rosters.api;

import java.util.UUID;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;

/**
 * The places that must be staffed. Other modules open and change their posts through this inside
 * their own transaction (a new checkpoint gets its post in the same commit). Every method checks
 * the caller's access and jurisdiction; writes are audited in the caller's transaction.
 */
public interface PostService {

  Page<PostView> list(PostQuery query, PageRequest page);

  PostView get(UUID id);

  PostView open(PostDetails details);

  /**
   * Changes a post; {@code expectedVersion} is the version the change was based on. A 409 if duties
   * still to come would no longer fit the new shifts or needs (release them first).
   */
  PostView change(UUID id, long expectedVersion, PostDetails details);

  /**
   * Renames a post, whatever its version (its shifts, needs and duties stay): the module that owns
   * the thing the post staffs renames it with the thing.
   */
  PostView rename(UUID id, String name);

  /** Closes a post for good; duties that have not started yet are released (and audited). */
  PostView close(UUID id, long expectedVersion);
}
