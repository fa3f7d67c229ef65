package ru.kontingent.server.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row in the region schema, with an id the client chooses, so two regions can hold the same id. */
@Entity
@Table(name = "probe_record")
public class ProbeRecord {

    @Id
    private String id;

    @Column(nullable = false)
    private String text;

    protected ProbeRecord() {
    }

    ProbeRecord(String id, String text) {
        this.id = id;
        this.text = text;
    }

    String id() {
        return id;
    }

    String text() {
        return text;
    }

    void rewrite(String text) {
        this.text = text;
    }
}
