package ru.kontingent.platform.student;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A module's part in merging two records of one child (the registry's duplicate merge): it moves the
 * records it keeps about the duplicate to the kept student, and back on undo. Contributed through
 * {@link ru.kontingent.platform.module.KontingentModule#mergeParticipants()}, so the registry, which
 * runs the merge, never names another module. A participant takes part in a merge only while the
 * region's stage enables its module; an undo reverts every participant that took part.
 *
 * <p>Every method joins the caller's transaction in the bound region; the merge is one transaction,
 * and so is its undo. Statements are fixed text in the module that owns the tables.
 */
public interface StudentMergeParticipant {

    /** Stable name, stored with each merge so its undo finds the participant again, e.g. {@code health.records}. */
    String name();

    /**
     * Why the duplicate's records cannot join the kept student's, one entry per clash (e.g. both have
     * a result of the same exam, subject and year); empty when they can. Reads only: a merge with any
     * conflict is refused before anything moves, because combining would lose or rewrite data.
     */
    List<MergeConflict> conflicts(UUID keptId, UUID duplicateId);

    /** Moves every record of the duplicate to the kept student; answers each row moved. */
    List<MovedRecord> move(UUID keptId, UUID duplicateId);

    /** Moves exactly these rows (what {@link #move} answered) back to the duplicate, as they were. */
    void undo(UUID keptId, UUID duplicateId, List<MovedRecord> moved);

    /**
     * A digest of the student's records, per kind of record (the same kinds as {@link MovedRecord#kind()}),
     * taken right after the merge and again before an undo: a kind whose digest changed meanwhile
     * blocks the undo, since reverting would overwrite or strand a later change.
     */
    Map<String, String> fingerprints(UUID studentId);

    /** Whether the participant keeps any record of the student (asked of modules a merge leaves out). */
    boolean holdsRecordsOf(UUID studentId);
}
