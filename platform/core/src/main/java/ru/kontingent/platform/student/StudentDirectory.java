package ru.kontingent.platform.student;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The students of the bound region, as the module that keeps them (the registry) answers for
 * them. Modules that hang records on a student (health, portfolio) and the parents' view ask here,
 * so that no module reads another module's tables. Every method joins the caller's transaction.
 */
public interface StudentDirectory {

    /** Minimal identity of a student of the bound region; empty when there is none. */
    Optional<StudentIdentity> find(UUID studentId);

    /** Whether the student belongs to the organization (registered by it and not yet elsewhere, or enrolled there now). */
    boolean belongsTo(UUID studentId, UUID organizationId);

    /** Whether a registered representative of the student has this SNILS (11 digits, no separators). */
    boolean representedBy(UUID studentId, String normalizedSnils);

    /** Names of organizations of the bound region, for views that show where rather than an id. */
    Map<UUID, String> organizationNames(Collection<UUID> organizationIds);
}
