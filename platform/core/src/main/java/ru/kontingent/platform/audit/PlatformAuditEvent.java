package ru.kontingent.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A catalog-level action (onboarding, suspension) in schema {@code platform}. */
@Entity
@Table(name = "platform_audit", schema = "platform")
public class PlatformAuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String action;

    @Column(name = "region_code")
    private String regionCode;

    private String detail;

    protected PlatformAuditEvent() {
    }

    PlatformAuditEvent(String actor, String role, String action, String regionCode, String detail) {
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.role = role;
        this.action = action;
        this.regionCode = regionCode;
        this.detail = detail;
    }
}
