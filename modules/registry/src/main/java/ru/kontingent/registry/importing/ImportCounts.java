package ru.kontingent.registry.importing;

/** Running totals of an import. */
record ImportCounts(long linesRead, long accepted, long rejected, long unchanged) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);
}
