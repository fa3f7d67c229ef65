package ru.kontingent.registry.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.module.FieldPolicies;
import ru.kontingent.platform.problem.AccessDeniedException;
import ru.kontingent.platform.view.IfMatch;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.registry.RegistryFieldPolicies;
import ru.kontingent.registry.access.RegistryCaller;
import ru.kontingent.platform.db.ConstraintNames;
import ru.kontingent.registry.identity.Snils;
import ru.kontingent.registry.text.SearchText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Students and their representatives. Each call is one transaction in the bound region's schema:
 * the data, the federal index rows of the representatives and the audit event commit together.
 */
@ApplicationScoped
public class StudentService {

    private static final String SUBJECT = "student";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentAccess access;

    @Inject
    RegistryCaller caller;

    @Inject
    FieldPolicies policies;

    @Inject
    AuditLog audit;

    @Inject
    FederalIndex federalIndex;

    @Transactional
    public Shown register(StudentInput input) {
        UUID registeredBy = null;
        if (caller.isSchoolOperator()) {
            registeredBy = caller.organization().orElseThrow(() ->
                    new AccessDeniedException("A school operator token needs a valid org claim."));
        }
        String snils = Snils.parse(input.snils()).normalized();
        bySnils(snils).ifPresent(existing -> {
            throw new DuplicateSnilsException(access.canSee(existing) ? existing.id() : null);
        });
        Student student = new Student(UUID.randomUUID(), input, registeredBy);
        em.persist(student);
        flushGuardingSnils();
        federalIndex.representatives(student.id().toString(), student.representativeSnils());
        return shown(student, AuditAction.CREATE);
    }

    @Transactional
    public Shown get(UUID id) {
        Student student = forReading(id);
        if (student != null && student.isMerged() && caller.isRegionWide()) {
            // The ministry may follow an old link: the record as it was, and where the child is now.
            Shown shown = shown(student, AuditAction.READ);
            Map<String, Object> body = new java.util.LinkedHashMap<>(shown.body());
            body.put("mergedInto", student.mergedInto());
            body.put("mergeId", student.mergeId());
            return new Shown(body, shown.version());
        }
        current(student);
        access.requireVisible(student);
        return shown(student, AuditAction.READ);
    }

    @Transactional
    public Shown update(UUID id, StudentInput input, String ifMatch) {
        long basedOn = IfMatch.requiredVersion(ifMatch);
        Student student = find(id);
        access.requireVisible(student);
        if (basedOn != student.version()) {
            throw new IfMatch.StaleVersion();
        }
        String snils = Snils.parse(input.snils()).normalized();
        bySnils(snils).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new DuplicateSnilsException(access.canSee(other) ? other.id() : null);
        });
        student.apply(input);
        flushGuardingSnils();
        federalIndex.representatives(student.id().toString(), student.representativeSnils());
        return shown(student, AuditAction.UPDATE);
    }

    /** Exact lookup: zero or one student, within what the caller may see. */
    @Transactional
    public StudentPage lookup(String snilsText) {
        String snils = Snils.parse(snilsText).normalized();
        Optional<UUID> scope = access.searchScope();
        List<Map<String, Object>> items = new ArrayList<>();
        bySnils(snils).filter(student -> !student.isMerged())
                .filter(student -> scope.isEmpty() || access.belongsTo(student, scope.get()))
                .ifPresent(student -> items.add(shown(student, AuditAction.SEARCH).body()));
        return new StudentPage(items, 0, 1, items.size());
    }

    /** Paged search by the start of the full name ("фамилия имя"), case- and ё/е-insensitive, and birth date. */
    @Transactional
    public StudentPage search(String q, LocalDate birthDate, int page, int size) {
        StringBuilder where = new StringBuilder(" where s.mergedInto is null");
        Map<String, Object> parameters = new HashMap<>();
        String name = SearchText.of(q == null ? "" : q);
        if (!name.isEmpty()) {
            where.append(" and s.searchName like :name escape '\\'");
            parameters.put("name", SearchText.likeLiteral(name) + "%");
        }
        if (birthDate != null) {
            where.append(" and s.person.birthDate = :birthDate");
            parameters.put("birthDate", birthDate);
        }
        Optional<UUID> scope = access.searchScope();
        if (name.isEmpty() && birthDate == null && scope.isEmpty()) {
            // A ministry browsing a whole region unfiltered would page through every child: it names someone.
            throw new InvalidInputException("q", "give snils, or q and/or birthDate");
        }
        if (scope.isPresent()) {
            where.append(" and (s.registeredByOrg = :organization or exists (select 1 from Enrollment e"
                    + " where e.student = s and e.organization.id = :organization and e.endDate is null))");
            parameters.put("organization", scope.get());
        }
        TypedQuery<Student> query = em.createQuery("select s from Student s" + where + " order by s.searchName, s.person.birthDate, s.id", Student.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from Student s" + where, Long.class);
        parameters.forEach((parameter, value) -> {
            query.setParameter(parameter, value);
            count.setParameter(parameter, value);
        });
        List<Map<String, Object>> items = query.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(student -> shown(student, AuditAction.SEARCH).body()).toList();
        return new StudentPage(items, page, size, count.getSingleResult());
    }

    /**
     * Groups of students with the same name and birth date (SNILS differ: it is unique), a page of
     * groups at a time. Each student listed is journaled as a SEARCH, as in a search.
     */
    @Transactional
    public DuplicatePage duplicates(int page, int size) {
        String groups = " from Student s where s.mergedInto is null group by s.searchName, s.person.birthDate having count(s) > 1";
        List<Object[]> keys = em.createQuery("select s.searchName, s.person.birthDate" + groups
                        + " order by s.searchName, s.person.birthDate", Object[].class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(s.searchName)" + groups, Long.class).getResultList().size();
        List<DuplicateGroup> items = new ArrayList<>();
        for (Object[] key : keys) {
            List<Student> members = em.createQuery("select s from Student s where s.searchName = :name"
                            + " and s.person.birthDate = :born and s.mergedInto is null order by s.createdAt, s.id", Student.class)
                    .setParameter("name", key[0]).setParameter("born", key[1]).getResultList();
            Person person = members.get(0).person();
            items.add(new DuplicateGroup(person.lastName(), person.firstName(), person.middleName(), person.birthDate(),
                    members.stream().map(student -> shown(student, AuditAction.SEARCH).body()).toList()));
        }
        return new DuplicatePage(items, page, size, total);
    }

    /** The student's record for a cross-region handover, read in the bound (sending) region; auditing is the caller's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StudentInput handoverRecord(UUID id) {
        return find(id).input();
    }

    /**
     * Stores a record handed over by another region in the bound (receiving) region: a new student,
     * or the one with the same SNILS brought up to date. Auditing is the caller's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Received receiveHandover(StudentInput record) {
        String snils = Snils.parse(record.snils()).normalized();
        Optional<Student> existing = bySnils(snils);
        Student student;
        if (existing.isPresent()) {
            student = existing.get();
            student.apply(record);
        } else {
            student = new Student(UUID.randomUUID(), record, null);
            em.persist(student);
        }
        flushGuardingSnils();
        federalIndex.representatives(student.id().toString(), student.representativeSnils());
        return new Received(student, existing.isEmpty());
    }

    /** A handed-over record as stored: the student, and whether it is new here. */
    public record Received(Student student, boolean created) {
    }

    /** The id of the bound region's student with this SNILS, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> idBySnils(String normalizedSnils) {
        return bySnils(normalizedSnils).map(Student::id);
    }

    /**
     * For other features of the module (enrollments): the student or 404. A merged student is gone
     * for them too: 404, except for the education ministry, which learns where the child is now (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Student find(UUID id) {
        return current(em.find(Student.class, id));
    }

    /** The student as {@link #find} answers it: 404 when absent, merged per {@link #find}'s rule. */
    private Student current(Student student) {
        if (student == null) {
            throw new NotFoundProblem(SUBJECT);
        }
        if (student.isMerged()) {
            if (caller.isRegionWide()) {
                throw new StudentMergedException(student.id(), student.mergedInto(), student.mergeId());
            }
            throw new NotFoundProblem(SUBJECT);
        }
        return student;
    }

    /**
     * A read's student with its representatives in one statement (not a select each), loaded read
     * only: the transaction only reads it and writes the audit row beside it, so Hibernate keeps no
     * snapshot and has nothing to compare at commit.
     */
    private Student forReading(UUID id) {
        return em.createQuery("select s from Student s left join fetch s.representatives where s.id = :id", Student.class)
                .setParameter("id", id).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList().stream().findFirst().orElse(null);
    }

    private Optional<Student> bySnils(String normalizedSnils) {
        return em.createQuery("select s from Student s where s.person.snils = :snils", Student.class)
                .setParameter("snils", normalizedSnils).getResultStream().findFirst();
    }

    /** A concurrent registration of the same SNILS loses on the unique constraint: still a 409. */
    private void flushGuardingSnils() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintNames.violated(e, "student_snils_unique")) {
                throw new DuplicateSnilsException(null);
            }
            throw e;
        }
    }

    private Shown shown(Student student, AuditAction action) {
        Set<String> visible = policies.visibleFields(RegistryFieldPolicies.STUDENT_VIEW, caller.caller().roles());
        Map<String, Object> body = policies.restrict(student.fullView(), visible);
        audit.record(action, SUBJECT, student.id().toString(), List.copyOf(visible));
        return new Shown(body, student.version());
    }
}
