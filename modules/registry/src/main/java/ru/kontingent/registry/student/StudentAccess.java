package ru.kontingent.registry.student;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.registry.identity.Snils;

import java.util.Optional;
import java.util.UUID;

/**
 * Which students a caller may see. The education and health ministries: the whole region (what
 * of it they see is the field policy's business). A school operator: the children enrolled in
 * its organization, or registered by it and not yet enrolled. A parent: its own children.
 */
@RequestScoped
public class StudentAccess {

    @Inject
    StudentMembership membership;

    @Inject
    RegistryCaller caller;

    public boolean canSee(Student student) {
        if (caller.isRegionWide() || caller.caller().hasRole(Roles.HEALTH_MINISTRY)) {
            return true;
        }
        if (caller.caller().hasRole(Roles.SCHOOL_OPERATOR) && caller.organization().map(org -> belongsTo(student, org)).orElse(false)) {
            return true;
        }
        return caller.caller().hasRole(Roles.CITIZEN) && isRepresentedByCaller(student);
    }

    /** Refuses a student the caller may not see: 403 across organizations, 404 for anyone else. */
    public void requireVisible(Student student) {
        if (canSee(student)) {
            return;
        }
        if (caller.caller().hasRole(Roles.SCHOOL_OPERATOR)) {
            throw new AccessDeniedException("The student is not enrolled in the caller's organization.");
        }
        throw new NotFoundProblem("student");
    }

    /** The organization a school operator's search is limited to; empty for region-wide roles. */
    public Optional<UUID> searchScope() {
        if (caller.isRegionWide() || caller.caller().hasRole(Roles.HEALTH_MINISTRY)) {
            return Optional.empty();
        }
        return Optional.of(caller.organization().orElseThrow(() ->
                new AccessDeniedException("A school operator token needs a valid org claim.")));
    }

    boolean belongsTo(Student student, UUID organization) {
        return membership.belongsTo(student, organization);
    }

    private boolean isRepresentedByCaller(Student student) {
        Optional<String> snils = caller.caller().snils().filter(Snils::isValid).map(text -> Snils.parse(text).normalized());
        return snils.isPresent() && student.representativeSnils().contains(snils.get());
    }
}
