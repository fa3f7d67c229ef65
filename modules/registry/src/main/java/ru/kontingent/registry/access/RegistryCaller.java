package ru.kontingent.registry.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.Uuids;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller as the registry's rules need it: a school operator acts for the organization of
 * its {@code org} claim only; the education ministry for the whole region.
 */
@RequestScoped
public class RegistryCaller {

    @Inject
    Caller caller;

    public boolean isSchoolOperator() {
        return caller.hasRole(Roles.SCHOOL_OPERATOR) && !isRegionWide();
    }

    /** The education ministry reads and writes the region's registry as a whole. */
    public boolean isRegionWide() {
        return caller.hasRole(Roles.EDUCATION_MINISTRY);
    }

    /** The school operator's organization; a missing or malformed claim is no organization. */
    public Optional<UUID> organization() {
        return caller.organization().flatMap(Uuids::parse);
    }

    /** A school operator may act only on its own organization. */
    public void requireOwnOrganization(UUID organizationId) {
        if (isSchoolOperator() && !organization().map(organizationId::equals).orElse(false)) {
            throw new AccessDeniedException("A school operator acts for its own organization only.");
        }
    }

    /** The caller as an {@link Actor}; a school operator without a valid org claim is refused. */
    public Actor actor() {
        if (isSchoolOperator()) {
            UUID organization = organization().orElseThrow(() ->
                    new AccessDeniedException("A school operator token needs a valid org claim."));
            return new Actor(caller.subject(), Roles.SCHOOL_OPERATOR, organization);
        }
        return new Actor(caller.subject(), caller.mainRole(), null);
    }

    public Caller caller() {
        return caller;
    }
}
