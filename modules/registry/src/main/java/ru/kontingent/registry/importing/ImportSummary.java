package ru.kontingent.registry.importing;

import java.util.List;

/** The answer of a small import handled at once (API.md): {@code {accepted, rejected, unchanged, errors}}. */
public record ImportSummary(ImportState state, long linesRead, long accepted, long rejected, long unchanged, Long stoppedAtLine,
                            List<LineError> errors) {
}
