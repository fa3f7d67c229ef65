package ru.kontingent.registry.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditEntry;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.registry.access.Actor;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.platform.db.ConstraintNames;
import ru.kontingent.registry.organization.Organization;
import ru.kontingent.registry.organization.OrganizationService;
import ru.kontingent.registry.student.Student;
import ru.kontingent.registry.student.StudentAccess;
import ru.kontingent.registry.student.StudentService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Enrollments, exits and transfers. Each call is one transaction: the enrollment rows, the
 * federal index rows (migration monitoring) and the audit event commit together or not at all.
 */
@ApplicationScoped
public class EnrollmentService {

    private static final String SUBJECT = "student";
    static final String ONE_ACTIVE_BASIC = "enrollment_one_active_basic";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentService students;

    @Inject
    StudentAccess studentAccess;

    @Inject
    OrganizationService organizations;

    @Inject
    RegistryCaller caller;

    @Inject
    FederalIndex federalIndex;

    @Inject
    AuditLog audit;

    @Transactional
    public EnrollmentView enroll(UUID studentId, EnrollmentInput input) {
        caller.requireOwnOrganization(input.organizationId());
        Student student = students.find(studentId);
        studentAccess.requireVisible(student);
        checkProgramAndGrade(input.program(), input.level(), input.grade());
        Organization organization = organizations.find(input.organizationId());
        if (input.program() == Program.BASIC && activeBasic(studentId, false).isPresent()) {
            throw new SecondBasicEnrollmentException(studentId);
        }
        Enrollment enrollment = new Enrollment(student, organization, input.program(), input.level(), input.grade(),
                input.startDate(), input.orderNumber());
        open(enrollment);
        audit.record(AuditAction.CREATE, SUBJECT, studentId.toString(), List.of("enrollment"));
        return enrollment.view();
    }

    @Transactional
    public EnrollmentView end(UUID studentId, UUID enrollmentId, EndInput input) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrollment == null || !enrollment.student().id().equals(studentId)) {
            throw new NotFoundProblem("enrollment");
        }
        caller.requireOwnOrganization(enrollment.organization().id());
        close(enrollment, input.endDate(), input.reason());
        audit.record(AuditAction.UPDATE, SUBJECT, studentId.toString(), List.of("enrollment"));
        return enrollment.view();
    }

    /**
     * Ends the active basic enrollment and opens the new one in one transaction: if anything in
     * the second half fails (unknown organization, a rule), the first enrollment stays active.
     * Done by the receiving school (or the ministry).
     */
    @Transactional
    public EnrollmentView transfer(UUID studentId, TransferInput input) {
        caller.requireOwnOrganization(input.toOrganizationId());
        Student student = students.find(studentId);
        Enrollment current = activeBasic(studentId, true).orElseThrow(() -> new NoActiveBasicEnrollmentException(studentId));
        close(current, input.date(), ExitReason.TRANSFERRED);

        Organization target = organizations.find(input.toOrganizationId());
        Integer grade = input.grade() != null ? input.grade() : current.grade();
        EducationLevel level = levelFor(current.level(), grade);
        checkProgramAndGrade(Program.BASIC, level, grade);
        Enrollment next = new Enrollment(student, target, Program.BASIC, level, grade, input.date(), input.orderNumber());
        open(next);
        // One call, one event: a transfer is one change of where the child studies, though it touches two rows.
        audit.record(AuditAction.UPDATE, SUBJECT, studentId.toString(), List.of("enrollments"));
        return next.view();
    }

    @Transactional
    public List<EnrollmentView> list(UUID studentId) {
        Student student = students.find(studentId);
        studentAccess.requireVisible(student);
        List<EnrollmentView> enrollments = history(studentId);
        audit.record(AuditAction.READ, SUBJECT, studentId.toString(), List.of("enrollments"));
        return enrollments;
    }

    @Transactional
    public EnrollmentView one(UUID studentId, UUID enrollmentId) {
        Student student = students.find(studentId);
        studentAccess.requireVisible(student);
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !enrollment.student().id().equals(studentId)) {
            throw new NotFoundProblem("enrollment");
        }
        audit.record(AuditAction.READ, SUBJECT, studentId.toString(), List.of("enrollment"));
        return enrollment.view();
    }

    @Transactional
    public TrajectoryView trajectory(UUID studentId) {
        Student student = students.find(studentId);
        studentAccess.requireVisible(student);
        TrajectoryView trajectory = new TrajectoryView(studentId, history(studentId), federalIndex.elsewhere(student.snils()));
        audit.record(AuditAction.READ, SUBJECT, studentId.toString(), List.of("trajectory"));
        return trajectory;
    }

    /**
     * The sending region's step of a cross-region handover, in the caller's transaction (bound to
     * the sending region): ends the student's active basic enrollment with MOVED_TO_ANOTHER_REGION,
     * marked with the request, and says in which level and grade the child continues. Idempotent:
     * when an enrollment already carries the request, nothing is written again.
     *
     * @param organization the school operator's organization the enrollment must be in; null for the ministry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HandoverExit leaveForRegion(UUID studentId, UUID requestId, UUID organization, LocalDate date, String note,
                                       Integer requestedGrade) {
        Optional<Enrollment> done = byHandover(requestId);
        if (done.isPresent()) {
            return exitOf(done.get(), requestedGrade, false);
        }
        Enrollment current = activeBasic(studentId, true).orElseThrow(() -> new NoActiveBasicEnrollmentException(studentId));
        if (organization != null && !organization.equals(current.organization().id())) {
            throw new ru.kontingent.platform.problem.AccessDeniedException("The student is not enrolled in the caller's organization.");
        }
        HandoverExit exit = exitOf(current, requestedGrade, true);
        current.endByHandover(date, note, requestId);
        federalIndex.left(current.id().toString(), date);
        return exit;
    }

    /** The level and grade the child continues in, checked before anything ends. */
    private static HandoverExit exitOf(Enrollment ended, Integer requestedGrade, boolean written) {
        Integer grade = requestedGrade != null ? requestedGrade : ended.grade();
        EducationLevel level = levelFor(ended.level(), grade);
        checkProgramAndGrade(Program.BASIC, level, grade);
        return new HandoverExit(ended.organization().id(), level, grade, written);
    }

    /** The organization of the student's active basic enrollment, if it has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> activeBasicOrganization(UUID studentId) {
        return activeBasic(studentId, false).map(enrollment -> enrollment.organization().id());
    }

    /** Whether the sending region's step of this request is done (an enrollment carries the request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean handedOver(UUID requestId) {
        return byHandover(requestId).isPresent();
    }

    /** The receiving region's student whose enrollment this request opened, if the step is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> receivedBy(UUID requestId) {
        return byHandover(requestId).map(enrollment -> enrollment.student().id());
    }

    /** The receiving region's step: the basic enrollment in the requested organization, marked with the request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromRegion(Student student, UUID organizationId, EducationLevel level, Integer grade, LocalDate date,
                               String orderNumber, UUID requestId) {
        Organization target = organizations.find(organizationId);
        if (activeBasic(student.id(), true).isPresent()) {
            throw new SecondBasicEnrollmentException(student.id());
        }
        Enrollment next = new Enrollment(student, target, Program.BASIC, level, grade, date, orderNumber);
        next.openedByHandover(requestId);
        open(next);
    }

    /** Whether a student of the bound region with this id has an active basic enrollment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasActiveBasic(UUID studentId) {
        return activeBasic(studentId, false).isPresent();
    }

    private Optional<Enrollment> byHandover(UUID requestId) {
        return em.createQuery("select e from Enrollment e where e.transferRequestId = :request", Enrollment.class)
                .setParameter("request", requestId).getResultStream().findFirst();
    }

    /**
     * Why an imported line's enrollment cannot be applied, checked before anything of the line is
     * written, so a line is stored whole or not at all. Pure: the caller looked the facts up for
     * its whole batch.
     *
     * @param organizationExists      whether the organization is one of the region's
     * @param activeBasicOrganization the organization of the student's active basic enrollment, if any
     */
    public static List<FieldError> importRefusals(EnrollmentInput input, Actor actor, boolean organizationExists,
                                                  UUID activeBasicOrganization) {
        List<FieldError> errors = new ArrayList<>(programAndGradeErrors(input.program(), input.level(), input.grade(), "enrollment."));
        if (!actor.mayActFor(input.organizationId())) {
            errors.add(new FieldError("enrollment.organizationId", "a school operator imports only into its own organization"));
        } else if (!organizationExists) {
            errors.add(new FieldError("enrollment.organizationId", "no such organization in the region"));
        }
        if (input.program() == Program.BASIC && activeBasicOrganization != null && !activeBasicOrganization.equals(input.organizationId())) {
            errors.add(new FieldError("enrollment",
                    "the student has an active basic enrollment in another organization; a transfer moves it"));
        }
        return errors;
    }

    void open(Enrollment enrollment) {
        em.persist(enrollment);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two concurrent basic enrollments: the database's partial unique index lets one win.
            if (ConstraintNames.violated(e, ONE_ACTIVE_BASIC)) {
                throw new SecondBasicEnrollmentException(enrollment.student().id());
            }
            throw e;
        }
        federalIndex.enrolled(enrollment.student().snils(), enrollment.student().id().toString(), enrollment.id().toString(),
                enrollment.startDate());
    }

    void close(Enrollment enrollment, LocalDate date, ExitReason reason) {
        enrollment.end(date, reason);
        federalIndex.left(enrollment.id().toString(), date);
    }

    private List<EnrollmentView> history(UUID studentId) {
        return em.createQuery("select e from Enrollment e join fetch e.organization where e.student.id = :student"
                        + " order by e.startDate, e.createdAt", Enrollment.class)
                .setParameter("student", studentId).getResultStream().map(Enrollment::view).toList();
    }

    private Optional<Enrollment> activeBasic(UUID studentId, boolean lock) {
        var query = em.createQuery("select e from Enrollment e where e.student.id = :student and e.program = :basic"
                        + " and e.endDate is null", Enrollment.class)
                .setParameter("student", studentId).setParameter("basic", Program.BASIC);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** A grade that leaves the current level (grade 5 after primary school) moves to the level that has it. */
    private static EducationLevel levelFor(EducationLevel current, Integer grade) {
        if (current.allows(grade)) {
            return current;
        }
        for (EducationLevel level : List.of(EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL)) {
            if (level.allows(grade)) {
                return level;
            }
        }
        return current;
    }

    private static void checkProgramAndGrade(Program program, EducationLevel level, Integer grade) {
        List<FieldError> errors = programAndGradeErrors(program, level, grade, "");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<FieldError> programAndGradeErrors(Program program, EducationLevel level, Integer grade, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (program == null || level == null) {
            return errors;
        }
        if (program == Program.ADDITIONAL && level != EducationLevel.ADDITIONAL) {
            errors.add(new FieldError(prefix + "level", "an ADDITIONAL program has level ADDITIONAL"));
        }
        if (program == Program.BASIC && level == EducationLevel.ADDITIONAL) {
            errors.add(new FieldError(prefix + "level", "a BASIC program cannot have level ADDITIONAL"));
        }
        if (!level.allows(grade)) {
            errors.add(new FieldError(prefix + "grade", level.gradeRule()));
        }
        return errors;
    }
}
