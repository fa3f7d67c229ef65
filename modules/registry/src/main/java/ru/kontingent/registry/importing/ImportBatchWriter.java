package ru.kontingent.registry.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.problem.FieldError;
import ru.kontingent.registry.access.Actor;
import ru.kontingent.registry.enrollment.EnrollmentInput;
import ru.kontingent.registry.enrollment.EnrollmentService;
import ru.kontingent.registry.enrollment.Program;
import ru.kontingent.registry.identity.Snils;
import ru.kontingent.registry.student.Student;
import ru.kontingent.registry.student.StudentInput;
import ru.kontingent.registry.student.StudentUpserts;
import ru.kontingent.registry.student.UpsertOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores one batch of valid lines in its own transaction: students upserted by SNILS, their
 * enrollments, federal index rows and one audit event per stored student commit together. A line
 * is stored whole or rejected whole: its enrollment is checked before its student is written.
 */
@ApplicationScoped
public class ImportBatchWriter {

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    StudentUpserts upserts;

    @Inject
    EnrollmentService enrollments;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    BatchResult write(List<ImportedLine> lines, Actor actor) {
        // Queries in the loop must not flush the growing batch each time (quadratic): flush at commit,
        // and explicitly when a SNILS repeats within the batch so its second line sees the first.
        em.setFlushMode(FlushModeType.COMMIT);
        Map<String, Student> known = upserts.existing(StudentUpserts.snilsOf(lines.stream().map(ImportedLine::student).toList()));
        Map<UUID, UUID> activeBasic = enrollments.activeBasicOrganizations(known.values().stream().map(Student::id).toList());
        Set<String> seen = new HashSet<>();
        List<UpsertOutcome> stored = new ArrayList<>();
        List<Map.Entry<Student, EnrollmentInput>> wanted = new ArrayList<>();
        List<LineError> rejected = new ArrayList<>();
        for (ImportedLine line : lines) {
            StudentInput input = line.student();
            String snils = Snils.parse(input.snils()).normalized();
            if (!seen.add(snils)) {
                em.flush();
            }
            Student existing = known.get(snils);
            if (line.enrollment() != null) {
                UUID activeOrganization = existing == null ? null : activeBasic.get(existing.id());
                List<FieldError> refusals = enrollments.importRefusals(activeOrganization, line.enrollment(), actor);
                if (!refusals.isEmpty()) {
                    refusals.forEach(error -> rejected.add(new LineError(line.line(), error.field(), error.message())));
                    continue;
                }
            }
            UpsertOutcome outcome = upserts.upsert(input, actor, known);
            if (outcome.kind() == UpsertOutcome.Kind.REJECTED) {
                outcome.errors().forEach(error -> rejected.add(new LineError(line.line(), error.field(), error.message())));
                continue;
            }
            stored.add(outcome);
            if (line.enrollment() != null) {
                wanted.add(Map.entry(outcome.student(), line.enrollment()));
                if (line.enrollment().program() == Program.BASIC) {
                    activeBasic.put(outcome.student().id(), line.enrollment().organizationId());
                }
            }
        }
        em.flush();
        Set<UUID> enrolled = enrollments.enrollAllImported(wanted, actor);
        upserts.recordStored(stored, actor);
        long unchanged = stored.stream()
                .filter(outcome -> outcome.kind() == UpsertOutcome.Kind.UNCHANGED && !enrolled.contains(outcome.student().id()))
                .count();
        return new BatchResult(stored.size() - unchanged, unchanged, rejected);
    }
}
