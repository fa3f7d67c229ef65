package ru.kontingent.registry.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A bulk import that runs in the background, with the counters its status resource shows. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportFormat format;

    @Column(name = "lines_total", nullable = false)
    private long linesTotal;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(nullable = false)
    private long accepted;

    @Column(nullable = false)
    private long rejected;

    @Column(nullable = false)
    private long unchanged;

    @Column(name = "stopped_at_line")
    private Long stoppedAtLine;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    private UUID organization;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    /** The node running it (jboss.node.name): only that node's restart, or its absence from the cluster, ends it. */
    private String node;

    protected ImportJob() {
    }

    ImportJob(UUID id, ImportFormat format, long linesTotal, String createdBy, UUID organization, String node) {
        this.id = id;
        this.node = node;
        this.state = ImportState.RUNNING;
        this.format = format;
        this.linesTotal = linesTotal;
        this.createdBy = createdBy;
        this.organization = organization;
        this.startedAt = OffsetDateTime.now();
    }

    void progress(ImportCounts counts) {
        this.linesRead = counts.linesRead();
        this.accepted = counts.accepted();
        this.rejected = counts.rejected();
        this.unchanged = counts.unchanged();
    }

    void finish(ImportState state, Long stoppedAtLine) {
        this.state = state;
        this.stoppedAtLine = stoppedAtLine;
        this.finishedAt = OffsetDateTime.now();
    }

    /** Its runner is gone with the server that ran it: stored batches stay, the rest is for a resend. */
    void interrupt() {
        finish(ImportState.INTERRUPTED, linesRead + 1);
    }

    UUID id() {
        return id;
    }

    String createdBy() {
        return createdBy;
    }

    UUID organization() {
        return organization;
    }

    ImportJobView view(ErrorPage errors) {
        return new ImportJobView(id, state, format, linesTotal, linesRead, accepted, rejected, unchanged, stoppedAtLine,
                startedAt, finishedAt, errors);
    }
}
