package ru.kontingent.registry.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditEntry;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.registry.RegistryFieldPolicies;
import ru.kontingent.registry.access.Actor;
import ru.kontingent.registry.enrollment.EnrollmentBatchStore;
import ru.kontingent.registry.enrollment.EnrollmentInput;
import ru.kontingent.registry.enrollment.EnrollmentService;
import ru.kontingent.registry.enrollment.Program;
import ru.kontingent.registry.student.StudentBatchStore;
import ru.kontingent.registry.student.StudentContent;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Stores one batch of valid lines in its own transaction, set-based: the facts of the whole batch
 * are read in a few queries, every line is decided in memory in file order (the same rules as the
 * single endpoints: a SNILS repeated in the batch sees its earlier line), and the writes go out as
 * COPY streams and a few statements. Students, representatives, enrollments, federal index rows
 * and one audit event per stored student commit together. A line is stored whole or rejected whole.
 *
 * <p>It writes past JPA on the transaction's connection: nothing of the batch is in the persistence
 * context, and students, representatives and enrollments are not in the second-level cache
 * (only organizations are, which the import reads but never writes).
 */
@ApplicationScoped
public class ImportBatchWriter {

    private static final String SUBJECT = "student";
    private static final List<String> ALL_FIELDS = List.copyOf(new TreeSet<>(RegistryFieldPolicies.FULL_STUDENT));
    private static final String MERGED_STUDENT = "this SNILS belongs to a record merged into another; import the child under the kept record's SNILS";
    private static final String NOT_OWN_STUDENT = "the student belongs to another organization; a school operator imports only its own students";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    FederalIndex federalIndex;

    @Inject
    AuditLog audit;

    /** @throws StaleBatchException when someone else changed the batch's students meanwhile (rolled back; plan again) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    BatchResult write(List<ImportedLine> lines, Actor actor) {
        Session session = em.unwrap(Session.class);
        Plan plan = session.doReturningWork(connection -> plan(connection, lines, actor));
        OffsetDateTime now = OffsetDateTime.now();
        String stale = session.doReturningWork(connection -> store(connection, plan, actor, now));
        if (stale != null) {
            throw new StaleBatchException(stale);
        }
        federalIndex.enrolledAll(plan.indexRows);
        federalIndex.representativesOfNew(plan.newRepresentatives);
        federalIndex.representativesOfAll(plan.changedRepresentatives);
        audit.recordAll(plan.events);
        return plan.result;
    }

    /** A student the batch touches: as stored (or created by the batch), then as each line leaves it. */
    private static final class Target {
        final UUID id;
        final boolean isNew;
        final long version;
        final UUID registeredByOrg;
        StudentContent content;
        int updates;
        boolean merged;

        Target(UUID id, boolean isNew, long version, UUID registeredByOrg, StudentContent content) {
            this.id = id;
            this.isNew = isNew;
            this.version = version;
            this.registeredByOrg = registeredByOrg;
            this.content = content;
        }
    }

    private static final class Plan {
        final Map<UUID, Target> writes = new LinkedHashMap<>();
        final List<EnrollmentBatchStore.New> enrollments = new ArrayList<>();
        final List<FederalIndex.Enrolled> indexRows = new ArrayList<>();
        /** The federal index's representative rows to write: of students the batch creates, and to replace. */
        final Map<String, List<String>> newRepresentatives = new LinkedHashMap<>();
        final Map<String, List<String>> changedRepresentatives = new LinkedHashMap<>();
        final List<AuditEntry> events = new ArrayList<>();
        BatchResult result;
    }

    private enum Kind { CREATED, UPDATED, UNCHANGED }

    private record Outcome(Kind kind, Target target) {
    }

    private static Plan plan(Connection connection, List<ImportedLine> lines, Actor actor) throws SQLException {
        Set<String> snils = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        for (ImportedLine line : lines) {
            StudentContent content = line.content();
            snils.add(content.snils());
            if (line.enrollment() != null) {
                organizations.add(line.enrollment().organizationId());
            }
        }
        Map<String, Target> bySnils = new HashMap<>();
        StudentBatchStore.existing(connection, snils).forEach((key, stored) -> {
            Target target = new Target(stored.id(), false, stored.version(), stored.registeredByOrg(), stored.content());
            target.merged = stored.merged();
            bySnils.put(key, target);
        });
        Map<UUID, UUID> activeBasic = new HashMap<>();
        Set<String> active = new HashSet<>();
        Set<UUID> membersOfActorOrganization = new HashSet<>();
        for (EnrollmentBatchStore.Active enrollment : EnrollmentBatchStore.active(connection,
                bySnils.values().stream().map(target -> target.id).toList())) {
            if (enrollment.program() == Program.BASIC) {
                activeBasic.put(enrollment.studentId(), enrollment.organizationId());
            }
            active.add(key(enrollment.studentId(), enrollment.organizationId(), enrollment.program()));
            if (enrollment.organizationId().equals(actor.organization())) {
                membersOfActorOrganization.add(enrollment.studentId());
            }
        }
        Set<UUID> knownOrganizations = EnrollmentBatchStore.existingOrganizations(connection, organizations);

        List<Outcome> stored = new ArrayList<>();
        List<Map.Entry<Target, EnrollmentInput>> wanted = new ArrayList<>();
        List<LineError> rejected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ImportedLine line = lines.get(i);
            StudentContent content = line.content();
            Target target = bySnils.get(content.snils());
            EnrollmentInput enrollment = line.enrollment();
            if (target != null && target.merged) {
                // A merged record is kept for the audit trail only: nothing may be written to it any more.
                rejected.add(new LineError(line.line(), "snils", MERGED_STUDENT));
                continue;
            }
            if (enrollment != null) {
                List<FieldError> refusals = EnrollmentService.importRefusals(enrollment, actor,
                        knownOrganizations.contains(enrollment.organizationId()), target == null ? null : activeBasic.get(target.id));
                if (!refusals.isEmpty()) {
                    refusals.forEach(error -> rejected.add(new LineError(line.line(), error.field(), error.message())));
                    continue;
                }
            }
            Kind kind;
            if (target == null) {
                target = new Target(UUID.randomUUID(), true, 0, actor.organization(), content);
                bySnils.put(content.snils(), target);
                kind = Kind.CREATED;
            } else if (actor.isSchool() && !actor.organization().equals(target.registeredByOrg)
                    && !membersOfActorOrganization.contains(target.id)) {
                rejected.add(new LineError(line.line(), "snils", NOT_OWN_STUDENT));
                continue;
            } else if (target.content.equals(content)) {
                kind = Kind.UNCHANGED;
            } else {
                target.content = content;
                target.updates++;
                kind = Kind.UPDATED;
            }
            stored.add(new Outcome(kind, target));
            if (enrollment != null) {
                wanted.add(Map.entry(target, enrollment));
                if (enrollment.program() == Program.BASIC) {
                    activeBasic.put(target.id, enrollment.organizationId());
                }
            }
        }

        Plan plan = new Plan();
        String organization = actor.organization() == null ? null : actor.organization().toString();
        Set<UUID> enrolled = new HashSet<>();
        for (Map.Entry<Target, EnrollmentInput> entry : wanted) {
            Target target = entry.getKey();
            EnrollmentInput input = entry.getValue();
            // Imports are idempotent: an enrollment already active (or opened by an earlier line) is left alone.
            if (!active.add(key(target.id, input.organizationId(), input.program()))) {
                continue;
            }
            UUID id = UUID.randomUUID();
            plan.enrollments.add(new EnrollmentBatchStore.New(id, target.id, input));
            enrolled.add(target.id);
            plan.indexRows.add(new FederalIndex.Enrolled(target.content.snils(), target.id.toString(), id.toString(), input.startDate()));
            plan.events.add(new AuditEntry(actor.subject(), actor.role(), organization, AuditAction.CREATE, SUBJECT,
                    target.id.toString(), List.of("enrollment")));
        }
        long unchanged = 0;
        for (Outcome outcome : stored) {
            Target target = outcome.target();
            if (outcome.kind() == Kind.UNCHANGED) {
                // A line that only adds an enrollment to an unchanged student counts as accepted.
                unchanged += enrolled.contains(target.id) ? 0 : 1;
                continue;
            }
            plan.writes.put(target.id, target);
            (target.isNew ? plan.newRepresentatives : plan.changedRepresentatives)
                    .put(target.id.toString(), target.content.representativeSnils());
            plan.events.add(new AuditEntry(actor.subject(), actor.role(), organization,
                    outcome.kind() == Kind.CREATED ? AuditAction.CREATE : AuditAction.UPDATE, SUBJECT, target.id.toString(), ALL_FIELDS));
        }
        plan.result = new BatchResult(stored.size() - unchanged, unchanged, rejected);
        return plan;
    }

    /** @return null when stored, else what someone else changed meanwhile */
    private static String store(Connection connection, Plan plan, Actor actor, OffsetDateTime now) throws SQLException {
        List<StudentBatchStore.Write> writes = plan.writes.values().stream()
                .map(target -> new StudentBatchStore.Write(target.id, target.isNew, target.version, target.updates, target.content))
                .toList();
        if (!StudentBatchStore.write(connection, writes, actor.organization(), now)) {
            return "a student changed since the batch read it";
        }
        if (!EnrollmentBatchStore.insertAll(connection, plan.enrollments, now)) {
            return "a basic enrollment was opened meanwhile";
        }
        return null;
    }

    private static String key(UUID student, UUID organization, Program program) {
        return student + "/" + organization + "/" + program;
    }
}
