package ru.kontingent.registry.importing;

/** How an import ended; {@code stoppedAtLine} is the first line not stored when it failed. */
record ImportOutcome(ImportCounts counts, ImportState state, Long stoppedAtLine) {
}
