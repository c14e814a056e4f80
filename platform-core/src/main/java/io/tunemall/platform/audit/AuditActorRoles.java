package io.tunemall.platform.audit;

import java.util.Optional;

/**
 * Tells the audit trail which role an actor holds, so a record keeps the role at the time of the action even after
 * the role changes. The module that owns staff accounts provides it; without one, records carry no role.
 */
public interface AuditActorRoles {

    Optional<String> roleOf(String actor);
}
