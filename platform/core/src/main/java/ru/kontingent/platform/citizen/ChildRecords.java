package ru.kontingent.platform.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditEventView;
import ru.kontingent.platform.audit.AuditJournal;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.audit.AuditPage;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.student.StudentDirectory;
import ru.kontingent.platform.student.StudentIdentity;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.platform.view.Uuids;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of one region for the parents' view. Each method is its own transaction in the region the
 * caller bound (the child's, not the parent's), so the data and its audit events are committed in
 * that region's schema together, and a transaction never spans two regions. Every read first
 * checks, in the child's own data, that the caller is still a registered representative.
 */
@ApplicationScoped
public class ChildRecords {

    static final String SUBJECT = "student";
    static final List<String> SUMMARY_FIELDS = List.of("lastName", "firstName", "middleName", "birthDate");

    @Inject
    StudentDirectory directory;

    @Inject
    ModuleCatalog modules;

    @Inject
    AuditLog audit;

    @Inject
    AuditJournal journal;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ChildSummary> summaries(RegionSnapshot region, List<UUID> studentIds, String snils) {
        List<ChildSummary> children = new ArrayList<>();
        for (UUID id : studentIds) {
            represented(id, snils).ifPresent(child -> {
                children.add(new ChildSummary(child.id(), region.code(), child.lastName(), child.firstName(),
                        child.middleName(), child.birthDate()));
                audit.record(AuditAction.READ, SUBJECT, id.toString(), SUMMARY_FIELDS);
            });
        }
        return children;
    }

    /** The child's card: identity, then every section of the modules the region's stage enables. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Object> card(RegionSnapshot region, UUID studentId, String snils) {
        StudentIdentity child = represented(studentId, snils).orElseThrow(() -> new NotFoundProblem("child"));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", child.id());
        card.put("region", region.code());
        card.put("lastName", child.lastName());
        card.put("firstName", child.firstName());
        card.put("middleName", child.middleName());
        card.put("birthDate", child.birthDate());
        List<String> fields = new ArrayList<>(SUMMARY_FIELDS);
        for (KontingentModule module : modules.all()) {
            if (module.stage() > region.stage()) {
                continue;
            }
            for (ChildSection section : module.childSections()) {
                card.put(section.name(), section.read(studentId));
                fields.add(section.name());
            }
        }
        audit.record(AuditAction.READ, SUBJECT, studentId.toString(), fields);
        return card;
    }

    /** Who accessed the child's data, newest first; reading it is itself journaled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AccessLog accessLog(UUID studentId, String snils, int page, int size) {
        represented(studentId, snils).orElseThrow(() -> new NotFoundProblem("child"));
        AuditPage events = journal.find(studentId.toString(), null, null, null, page, size);
        Map<UUID, String> organizations = directory.organizationNames(organizationIds(events.items()));
        List<AccessLogEntry> entries = events.items().stream()
                .map(event -> new AccessLogEntry(event.at(), event.role(), organizationName(event.organization(), organizations),
                        event.action(), event.fields()))
                .toList();
        audit.record(AuditAction.READ, SUBJECT, studentId.toString(), List.of("access-log"));
        return new AccessLog(entries, events.page(), events.size(), events.total());
    }

    private Optional<StudentIdentity> represented(UUID studentId, String snils) {
        return directory.find(studentId).filter(child -> directory.representedBy(studentId, snils));
    }

    private static Set<UUID> organizationIds(List<AuditEventView> events) {
        Set<UUID> ids = new HashSet<>();
        for (AuditEventView event : events) {
            Uuids.parse(event.organization()).ifPresent(ids::add);
        }
        return ids;
    }

    private static String organizationName(String organization, Map<UUID, String> names) {
        return Uuids.parse(organization).map(id -> names.getOrDefault(id, organization)).orElse(organization);
    }
}
