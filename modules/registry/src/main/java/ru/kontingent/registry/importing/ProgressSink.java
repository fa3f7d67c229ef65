package ru.kontingent.registry.importing;

import java.util.List;

/** Told after every batch: the totals so far and the lines newly rejected. */
interface ProgressSink {

    void batchDone(ImportCounts counts, List<LineError> newErrors);
}
