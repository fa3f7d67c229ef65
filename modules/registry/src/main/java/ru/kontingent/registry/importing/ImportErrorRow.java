package ru.kontingent.registry.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A rejected line of an import job, kept so the status resource can page through them. */
@Entity
@Table(name = "import_error")
public class ImportErrorRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private UUID jobId;

    @Column(nullable = false)
    private long line;

    @Column(nullable = false)
    private String field;

    @Column(nullable = false)
    private String message;

    protected ImportErrorRow() {
    }

    ImportErrorRow(UUID jobId, LineError error) {
        this.jobId = jobId;
        this.line = error.line();
        this.field = truncate(error.field(), 200);
        this.message = truncate(error.message(), 500);
    }

    LineError error() {
        return new LineError(line, field, message);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
