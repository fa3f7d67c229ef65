package ru.kontingent.registry.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditEntry;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.registry.RegistryFieldPolicies;
import ru.kontingent.registry.access.Actor;
import ru.kontingent.registry.identity.Snils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotent writes by SNILS for bulk loads: a student not in the region is created, one whose
 * data differs is updated (version bumped), one that is the same is left alone. Runs inside the
 * caller's batch transaction; {@link #recordStored} then writes one audit event per stored student.
 */
@ApplicationScoped
public class StudentUpserts {

    private static final String SUBJECT = "student";
    private static final List<String> ALL_FIELDS = List.copyOf(new java.util.TreeSet<>(RegistryFieldPolicies.FULL_STUDENT));

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentMembership membership;

    @Inject
    FederalIndex federalIndex;

    @Inject
    AuditLog audit;

    /** The region's students with these SNILS (normalized), by SNILS: one query per batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Student> existing(List<String> normalizedSnils) {
        Map<String, Student> found = new HashMap<>();
        if (normalizedSnils.isEmpty()) {
            return found;
        }
        em.createQuery("select s from Student s where s.person.snils in :snils", Student.class)
                .setParameter("snils", normalizedSnils).getResultStream()
                .forEach(student -> found.put(student.snils(), student));
        return found;
    }

    /** {@code known} is updated with what this call creates, so a SNILS repeated in a batch is one student. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UpsertOutcome upsert(StudentInput input, Actor actor, Map<String, Student> known) {
        String snils = Snils.parse(input.snils()).normalized();
        Student current = known.get(snils);
        if (current == null) {
            Student created = new Student(UUID.randomUUID(), input, actor.organization());
            em.persist(created);
            known.put(snils, created);
            return new UpsertOutcome(UpsertOutcome.Kind.CREATED, created, List.of());
        }
        Optional<FieldError> refused = refusal(current, actor);
        if (refused.isPresent()) {
            return UpsertOutcome.rejected(refused.get());
        }
        if (sameContent(current, input)) {
            return new UpsertOutcome(UpsertOutcome.Kind.UNCHANGED, current, List.of());
        }
        current.apply(input);
        return new UpsertOutcome(UpsertOutcome.Kind.UPDATED, current, List.of());
    }

    /** A school operator may not rewrite a child that belongs to another organization. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FieldError> refusal(Student student, Actor actor) {
        if (actor.isSchool() && !membership.belongsTo(student, actor.organization())) {
            return Optional.of(new FieldError("snils", "the student belongs to another organization; a school operator imports only its own students"));
        }
        return Optional.empty();
    }

    /** Same data as a fresh student built from the input: everything but id and version compared. */
    private static boolean sameContent(Student current, StudentInput input) {
        Map<String, Object> stored = new HashMap<>(current.fullView());
        Map<String, Object> incoming = new HashMap<>(new Student(current.id(), input, null).fullView());
        for (Map<String, Object> view : List.of(stored, incoming)) {
            view.remove("id");
            view.remove("version");
        }
        return stored.equals(incoming);
    }

    /**
     * The federal index rows and audit events of a batch's stored students, written in bulk in the
     * batch transaction (one statement batch each instead of round trips per student).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStored(List<UpsertOutcome> outcomes, Actor actor) {
        Map<String, List<String>> representatives = new java.util.LinkedHashMap<>();
        List<AuditEntry> events = new ArrayList<>();
        String organization = actor.organization() == null ? null : actor.organization().toString();
        for (UpsertOutcome outcome : outcomes) {
            AuditAction action = switch (outcome.kind()) {
                case CREATED -> AuditAction.CREATE;
                case UPDATED -> AuditAction.UPDATE;
                default -> null;
            };
            if (action == null) {
                continue;
            }
            Student student = outcome.student();
            representatives.put(student.id().toString(), student.representativeSnils());
            events.add(new AuditEntry(actor.subject(), actor.role(), organization, action, SUBJECT, student.id().toString(), ALL_FIELDS));
        }
        federalIndex.representativesOfAll(representatives);
        audit.recordAll(events);
    }

    /** Lists of students as a SNILS list, for {@link #existing}. */
    public static List<String> snilsOf(List<StudentInput> inputs) {
        List<String> snils = new ArrayList<>();
        for (StudentInput input : inputs) {
            snils.add(Snils.parse(input.snils()).normalized());
        }
        return snils;
    }
}
