package ru.kontingent.registry.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.view.IfMatch;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.platform.db.ConstraintNames;
import ru.kontingent.registry.text.SearchText;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The region's register of organizations: one transaction per call, in the bound region's schema. */
@ApplicationScoped
public class OrganizationService {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Transactional
    public OrganizationView register(OrganizationInput input) {
        byInn(input.inn()).ifPresent(existing -> {
            throw new DuplicateInnException(existing.id());
        });
        Organization organization = new Organization(UUID.randomUUID(), input);
        em.persist(organization);
        flushGuardingInn();
        return organization.view();
    }

    @Transactional
    public OrganizationView correct(UUID id, OrganizationInput input, String ifMatch) {
        Organization organization = find(id);
        IfMatch.check(ifMatch, organization.version());
        byInn(input.inn()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new DuplicateInnException(other.id());
        });
        organization.apply(input);
        flushGuardingInn();
        return organization.view();
    }

    @Transactional
    public OrganizationView get(UUID id) {
        return find(id).view();
    }

    /** For other features of the module: the organization or 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organization find(UUID id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundProblem("organization");
        }
        return organization;
    }

    @Transactional
    public OrganizationPage list(String municipality, String q, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (municipality != null && !municipality.isBlank()) {
            where.append(" and o.municipality = :municipality");
            parameters.put("municipality", municipality.strip());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and o.searchText like :q escape '\\'");
            parameters.put("q", "%" + SearchText.likeLiteral(SearchText.of(q)) + "%");
        }
        TypedQuery<Organization> query = em.createQuery("select o from Organization o" + where + " order by o.fullName, o.id", Organization.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Organization o" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultStream().map(Organization::view).toList();
        return new OrganizationPage(items, page, size, count.getSingleResult());
    }

    /** A concurrent registration of the same INN loses on the unique constraint: still a 409. */
    private void flushGuardingInn() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintNames.violated(e, "organization_inn_unique")) {
                throw new DuplicateInnException(null);
            }
            throw e;
        }
    }

    private Optional<Organization> byInn(String inn) {
        return em.createQuery("select o from Organization o where o.inn = :inn", Organization.class)
                .setParameter("inn", inn).getResultStream().findFirst();
    }
}
