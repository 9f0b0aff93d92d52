package org.shaodian.kernel.api.access;

import java.util.Set;

/**
 * Something a caller may be allowed to do. Each module declares its own permissions (usually an
 * enum) and the roles they are granted to, so the access matrix of a module reads in one place.
 */
public interface Permission {

  String name();

  Set<Role> grantedTo();
}
