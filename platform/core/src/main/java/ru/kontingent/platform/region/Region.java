package ru.kontingent.platform.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A row of the tenant catalog (schema {@code platform}). */
@Entity
@Table(name = "region", schema = "platform")
public class Region {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionStatus status;

    /** Which datasource holds the region's schema: the sharding path (see ARCHITECTURE.md). */
    @Column(nullable = false)
    private String datasource;

    @Column(name = "schema_name", nullable = false)
    private String schemaName;

    @Column(name = "schema_fingerprint")
    private String schemaFingerprint;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Region() {
    }

    public Region(RegionCode code, String name, int stage, String datasource, String schemaFingerprint) {
        this.schemaFingerprint = schemaFingerprint;
        this.code = code.value();
        this.schemaName = code.schema();
        this.name = name;
        this.stage = stage;
        this.status = RegionStatus.ACTIVE;
        this.datasource = datasource;
        this.createdAt = OffsetDateTime.now();
    }

    public RegionCode code() {
        return RegionCode.of(code);
    }

    public String name() {
        return name;
    }

    public int stage() {
        return stage;
    }

    public RegionStatus status() {
        return status;
    }

    public void moveToStage(int stage) {
        this.stage = stage;
    }

    public void changeStatus(RegionStatus status) {
        this.status = status;
    }

    public String schemaFingerprint() {
        return schemaFingerprint;
    }

    void migratedTo(String fingerprint) {
        this.schemaFingerprint = fingerprint;
    }

    public RegionSnapshot snapshot() {
        return new RegionSnapshot(code, name, stage, status, datasource);
    }
}
