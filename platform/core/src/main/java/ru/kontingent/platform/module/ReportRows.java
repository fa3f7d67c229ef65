package ru.kontingent.platform.module;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/** Runs a report's native SQL with positional bind parameters ({@code ?1, ?2...}) and hands back its rows. */
public final class ReportRows {

    private ReportRows() {
    }

    public static List<Object[]> of(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
