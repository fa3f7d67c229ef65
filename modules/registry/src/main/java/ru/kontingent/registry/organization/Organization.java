package ru.kontingent.registry.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import ru.kontingent.registry.text.SearchText;

import java.util.UUID;

/**
 * An educational organization of the region's single register. Reference data read on every
 * enrollment, so it lives in Hibernate's second-level cache (keys carry the tenant).
 */
@Entity
@Table(name = "organization")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Organization {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String inn;

    @Column(nullable = false)
    private String ogrn;

    private String kpp;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @Column(nullable = false)
    private String municipality;

    @Column(nullable = false)
    private String address;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Version
    private long version;

    protected Organization() {
    }

    Organization(UUID id, OrganizationInput input) {
        this.id = id;
        apply(input);
    }

    void apply(OrganizationInput input) {
        this.inn = input.inn();
        this.ogrn = input.ogrn();
        this.kpp = input.kpp();
        this.fullName = input.fullName().strip();
        this.shortName = input.shortName() == null ? null : input.shortName().strip();
        this.kind = input.kind();
        this.municipality = input.municipality().strip();
        this.address = input.address().strip();
        this.searchText = SearchText.of(fullName, shortName, inn);
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String municipality() {
        return municipality;
    }

    public long version() {
        return version;
    }

    String inn() {
        return inn;
    }

    OrganizationView view() {
        return new OrganizationView(id, version, inn, ogrn, kpp, fullName, shortName, kind, municipality, address);
    }
}
