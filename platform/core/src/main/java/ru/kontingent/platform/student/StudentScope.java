package ru.kontingent.platform.student;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.security.Roles;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.platform.view.Uuids;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether the caller may reach a student's records at all, for modules that keep records per
 * student. Which roles may call a module is the module's own {@code @RolesAllowed}; this adds the
 * scope: the ministries reach the whole region, a school operator only its own students (403
 * otherwise, as in the registry), and a student of no record is 404 for everyone.
 */
@RequestScoped
public class StudentScope {

    @Inject
    Caller caller;

    @Inject
    StudentDirectory directory;

    /** Must run inside a transaction of the bound region. */
    public StudentIdentity require(UUID studentId) {
        StudentIdentity student = directory.find(studentId).orElseThrow(() -> new NotFoundProblem("student"));
        if (isRegionWide()) {
            return student;
        }
        if (caller.hasRole(Roles.SCHOOL_OPERATOR)) {
            UUID organization = organization().orElseThrow(() ->
                    new AccessDeniedException("A school operator token needs a valid org claim."));
            if (!directory.belongsTo(studentId, organization)) {
                throw new AccessDeniedException("The student is not enrolled in the caller's organization.");
            }
            return student;
        }
        throw new NotFoundProblem("student");
    }

    /** The ministries act for the whole region. */
    public boolean isRegionWide() {
        return caller.hasRole(Roles.EDUCATION_MINISTRY) || caller.hasRole(Roles.HEALTH_MINISTRY);
    }

    public Optional<UUID> organization() {
        return caller.organization().flatMap(Uuids::parse);
    }
}
