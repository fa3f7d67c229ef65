package ru.kontingent.registry.importing;

import java.util.List;

/** What one committed batch did. */
record BatchResult(long accepted, long unchanged, List<LineError> rejected) {
}
