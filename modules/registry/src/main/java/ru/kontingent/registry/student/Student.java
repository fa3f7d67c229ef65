package ru.kontingent.registry.student;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A child in the region's contingent, with its representatives. */
@Entity
@Table(name = "student")
public class Student {

    @Id
    private UUID id;

    @Version
    private long version;

    @Embedded
    private Person person;

    /** "фамилия имя отчество", lower case, ё as е: what name search compares against. */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "birth_place", nullable = false)
    private String birthPlace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "registration_address", nullable = false)
    private String registrationAddress;

    @Column(name = "residence_address", nullable = false)
    private String residenceAddress;

    /** The school that registered the child before enrolling it: it may see the child meanwhile. */
    @Column(name = "registered_by_org")
    private UUID registeredByOrg;

    /** Set when this record was merged into another (the kept one): kept for the audit trail, out of every list. */
    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "merge_id")
    private UUID mergeId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "student", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Representative> representatives = new ArrayList<>();

    protected Student() {
    }

    Student(UUID id, StudentInput input, UUID registeredByOrg) {
        this.id = id;
        this.registeredByOrg = registeredByOrg;
        this.createdAt = OffsetDateTime.now();
        apply(input);
    }

    void apply(StudentInput input) {
        this.person = Person.of(input.lastName(), input.firstName(), input.middleName(), input.birthDate(), input.snils(),
                input.citizenship(), input.identityDocument());
        this.searchName = person.searchName();
        this.birthPlace = input.birthPlace().strip();
        this.sex = input.sex();
        this.registrationAddress = input.registrationAddress().strip();
        this.residenceAddress = input.residenceAddress().strip();
        this.updatedAt = OffsetDateTime.now();
        representatives.clear();
        List<RepresentativeInput> given = input.representativesOrNone();
        for (int i = 0; i < given.size(); i++) {
            representatives.add(new Representative(this, i, given.get(i)));
        }
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String snils() {
        return person.snils();
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    public UUID mergeId() {
        return mergeId;
    }

    /** The merge changes the row (its version rises, so a stale If-Match fails), nothing of its content. */
    public void markMerged(UUID keptId, UUID merge) {
        this.mergedInto = keptId;
        this.mergeId = merge;
    }

    public void clearMerge() {
        this.mergedInto = null;
        this.mergeId = null;
    }

    Person person() {
        return person;
    }

    UUID registeredByOrg() {
        return registeredByOrg;
    }

    public List<String> representativeSnils() {
        return representatives.stream().map(Representative::snils).toList();
    }

    /**
     * The record as the API would receive it: what a cross-region handover carries to the receiving
     * region (personal data and representatives; health and portfolio live in other modules).
     */
    StudentInput input() {
        return new StudentInput(person.lastName(), person.firstName(), person.middleName(), person.birthDate(), birthPlace, sex,
                person.snils(), person.citizenship(), person.documentInput(), registrationAddress, residenceAddress,
                representatives.stream().map(Representative::input).toList());
    }

    /** What bulk imports compare and write: every stored field but keys, version and timestamps. */
    StudentContent content() {
        return new StudentContent(person.content(), birthPlace, sex.name(), registrationAddress, residenceAddress,
                representatives.stream().map(Representative::content).toList());
    }

    /** Every field, in API order; a role's view is a restriction of this. */
    Map<String, Object> fullView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("version", version);
        person.putNameAndBirthDate(view);
        view.put("birthPlace", birthPlace);
        view.put("sex", sex);
        person.putIdentity(view);
        view.put("registrationAddress", registrationAddress);
        view.put("residenceAddress", residenceAddress);
        view.put("representatives", representatives.stream().map(Representative::view).toList());
        return view;
    }
}
