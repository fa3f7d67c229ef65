package ru.kontingent.registry.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.audit.AuditLog;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.module.KontingentModule;
import ru.kontingent.platform.module.ModuleCatalog;
import ru.kontingent.platform.problem.InvalidInputException;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.student.MergeConflict;
import ru.kontingent.platform.student.MovedRecord;
import ru.kontingent.platform.student.StudentMergeParticipant;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.registry.student.Student;
import ru.kontingent.registry.student.StudentMergedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Merges a duplicate record of a child into the kept one, and undoes a merge, each in one transaction
 * of the bound region: the moved records, the merge log, the duplicate's mark, its federal index rows
 * and the audit events (one per student) commit together or not at all.
 */
@ApplicationScoped
public class MergeService {

    private static final String SUBJECT = "student";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    ModuleCatalog modules;

    @Inject
    RegionCatalog regions;

    @Inject
    MergeStore store;

    @Inject
    FederalIndex federalIndex;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Transactional
    public MergeView merge(UUID keptId, UUID duplicateId) {
        if (keptId.equals(duplicateId)) {
            throw new InvalidInputException("duplicateId", "must name another student than the one kept");
        }
        Pair pair = lock(keptId, duplicateId);
        requireNotMerged(pair.kept());
        requireNotMerged(pair.duplicate());

        int stage = regionStage();
        List<StudentMergeParticipant> taking = new ArrayList<>();
        List<MergeConflict> conflicts = new ArrayList<>();
        for (KontingentModule module : modules.all()) {
            for (StudentMergeParticipant participant : module.mergeParticipants()) {
                if (module.stage() <= stage) {
                    taking.add(participant);
                    conflicts.addAll(participant.conflicts(keptId, duplicateId));
                } else if (participant.holdsRecordsOf(duplicateId)) {
                    // The tables stay when a stage is rolled back: moving what the region cannot use would be
                    // invisible, leaving it would strand it on a merged record. Neither: refuse.
                    conflicts.add(new MergeConflict(module.id(), "the duplicate has " + module.id()
                            + " records, and the region's stage " + stage + " does not enable that module (stage "
                            + module.stage() + ")"));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new MergeConflictException(conflicts);
        }

        UUID mergeId = UUID.randomUUID();
        store.create(mergeId, keptId, duplicateId, caller.subject());
        Set<String> kinds = new LinkedHashSet<>();
        for (StudentMergeParticipant participant : taking) {
            store.moved(mergeId, participant.name(), participant.move(keptId, duplicateId));
        }
        for (StudentMergeParticipant participant : taking) {
            Map<String, String> kept = participant.fingerprints(keptId);
            store.digests(mergeId, participant.name(), keptId, kept);
            store.digests(mergeId, participant.name(), duplicateId, participant.fingerprints(duplicateId));
            kinds.addAll(kept.keySet());
        }
        pair.duplicate().markMerged(keptId, mergeId);
        em.flush();
        // Parents find the child through the kept record only.
        federalIndex.representatives(duplicateId.toString(), List.of());
        journal(AuditAction.MERGE, pair, kinds);
        return view(store.find(mergeId, false).orElseThrow());
    }

    @Transactional
    public MergeView undo(UUID mergeId) {
        MergeStore.Merge merge = store.find(mergeId, true).orElseThrow(() -> new NotFoundProblem("merge"));
        if (merge.undone()) {
            throw new MergeAlreadyUndoneException(mergeId);
        }
        Pair pair = lock(merge.keptId(), merge.duplicateId());
        Map<String, StudentMergeParticipant> participants = participantsByName();

        List<MergeUndoBlockedException.Blocker> blockers = new ArrayList<>();
        Map<String, Map<UUID, Map<String, String>>> now = new LinkedHashMap<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (MergeStore.Digest then : store.digests(mergeId)) {
            StudentMergeParticipant participant = participants.get(then.participant());
            kinds.add(then.kind());
            String current = participant == null ? null : now.computeIfAbsent(then.participant(), name -> new LinkedHashMap<>())
                    .computeIfAbsent(then.studentId(), participant::fingerprints).get(then.kind());
            if (!then.digest().equals(current)) {
                blockers.add(new MergeUndoBlockedException.Blocker(then.studentId(), then.kind()));
            }
        }
        if (!blockers.isEmpty()) {
            throw new MergeUndoBlockedException(mergeId, blockers);
        }

        // Every participant that took part reverts, whatever the stage now: the log is what happened.
        for (Map.Entry<String, List<MovedRecord>> moved : store.movedRows(mergeId).entrySet()) {
            participants.get(moved.getKey()).undo(merge.keptId(), merge.duplicateId(), moved.getValue());
        }
        pair.duplicate().clearMerge();
        em.flush();
        federalIndex.representatives(merge.duplicateId().toString(), pair.duplicate().representativeSnils());
        store.undone(mergeId, caller.subject());
        journal(AuditAction.MERGE_UNDO, pair, kinds);
        return view(store.find(mergeId, false).orElseThrow());
    }

    /** The merge record; both students' journals note the read (it says the two are one child). */
    @Transactional
    public MergeView get(UUID mergeId) {
        MergeStore.Merge merge = store.find(mergeId, false).orElseThrow(() -> new NotFoundProblem("merge"));
        audit.record(AuditAction.READ, SUBJECT, merge.keptId().toString(), List.of("merge"));
        audit.record(AuditAction.READ, SUBJECT, merge.duplicateId().toString(), List.of("merge"));
        return view(merge);
    }

    private MergeView view(MergeStore.Merge merge) {
        return new MergeView(merge.id(), merge.keptId(), merge.duplicateId(), merge.undone() ? "UNDONE" : "MERGED",
                merge.mergedAt(), merge.mergedBy(), merge.undoneAt(), merge.undoneBy(), store.movedCounts(merge.id()));
    }

    private void journal(AuditAction action, Pair pair, Set<String> kinds) {
        List<String> fields = new ArrayList<>(List.of("mergedInto"));
        fields.addAll(kinds);
        audit.record(action, SUBJECT, pair.kept().id().toString(), List.copyOf(kinds));
        audit.record(action, SUBJECT, pair.duplicate().id().toString(), fields);
    }

    private record Pair(Student kept, Student duplicate) {
    }

    /** Both rows locked, in id order, so two merges or undos touching the same students wait rather than deadlock. */
    private Pair lock(UUID keptId, UUID duplicateId) {
        boolean keptFirst = keptId.compareTo(duplicateId) < 0;
        Student first = lockOne(keptFirst ? keptId : duplicateId);
        Student second = lockOne(keptFirst ? duplicateId : keptId);
        return keptFirst ? new Pair(first, second) : new Pair(second, first);
    }

    private Student lockOne(UUID id) {
        Student student = em.find(Student.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (student == null) {
            throw new NotFoundProblem(SUBJECT);
        }
        return student;
    }

    private static void requireNotMerged(Student student) {
        if (student.isMerged()) {
            throw new StudentMergedException(student.id(), student.mergedInto(), student.mergeId());
        }
    }

    private int regionStage() {
        return regions.find(RegionBinding.require()).map(RegionSnapshot::stage)
                .orElseThrow(() -> new IllegalStateException("the bound region is not catalogued"));
    }

    private Map<String, StudentMergeParticipant> participantsByName() {
        Map<String, StudentMergeParticipant> byName = new LinkedHashMap<>();
        modules.all().forEach(module -> module.mergeParticipants().forEach(participant -> byName.put(participant.name(), participant)));
        return byName;
    }
}
