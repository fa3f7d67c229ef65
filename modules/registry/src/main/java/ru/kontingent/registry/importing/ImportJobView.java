package ru.kontingent.registry.importing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code GET /api/registry/import/{jobId}}. */
public record ImportJobView(UUID id, ImportState state, ImportFormat format, long linesTotal, long linesRead, long accepted,
                            long rejected, long unchanged, Long stoppedAtLine, OffsetDateTime startedAt,
                            OffsetDateTime finishedAt, ErrorPage errors) {
}
