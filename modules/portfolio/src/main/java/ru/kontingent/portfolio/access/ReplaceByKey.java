package ru.kontingent.portfolio.access;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Map;
import java.util.UUID;

/**
 * One record per key (student, exam, subject, year, ...): a second write of the same key replaces
 * the first. Done by the database in one statement ({@code INSERT ... ON CONFLICT (key) DO UPDATE
 * ... RETURNING id}), so two concurrent writes of one key cannot both insert, and neither fails:
 * the later one waits for the earlier and replaces it. The statement is fixed text in the module
 * that owns the table; request values only ever travel as bind parameters.
 */
public final class ReplaceByKey {

    /** Where the write landed: the row's id, and whether it is new (the fresh id was used). */
    public record Outcome(UUID id, boolean created) {
    }

    private ReplaceByKey() {
    }

    /**
     * @param upsert  an {@code INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING id} with a named parameter {@code :id}
     * @param freshId the id a new row gets
     */
    public static Outcome run(EntityManager em, String upsert, UUID freshId, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(upsert).setParameter("id", freshId);
        parameters.forEach(query::setParameter);
        Object returned = query.getSingleResult();
        UUID id = returned instanceof UUID uuid ? uuid : UUID.fromString(returned.toString());
        return new Outcome(id, id.equals(freshId));
    }
}
