package ru.kontingent.portfolio.reference;

import java.util.Set;

/**
 * School subjects by code (the API's {@code subject}). Those marked as exam subjects are the ones
 * an OGE, EGE or GVE is held in; {@link #MATHEMATICS_BASIC} is the basic-level mathematics EGE
 * (graded 2..5), {@link #MATHEMATICS} the profile-level EGE and the OGE/GVE mathematics.
 */
public enum Subject {
    RUSSIAN(true),
    MATHEMATICS(true),
    MATHEMATICS_BASIC(true),
    PHYSICS(true),
    CHEMISTRY(true),
    INFORMATICS(true),
    BIOLOGY(true),
    HISTORY(true),
    GEOGRAPHY(true),
    SOCIAL_STUDIES(true),
    LITERATURE(true),
    ENGLISH(true),
    GERMAN(true),
    FRENCH(true),
    SPANISH(true),
    CHINESE(true),
    ALGEBRA(false),
    GEOMETRY(false),
    PROBABILITY_AND_STATISTICS(false),
    NATIVE_LANGUAGE(false),
    NATIVE_LITERATURE(false),
    WORLD_AROUND(false),
    RELIGIOUS_CULTURES(false),
    ASTRONOMY(false),
    ART(false),
    MUSIC(false),
    TECHNOLOGY(false),
    PHYSICAL_EDUCATION(false),
    LIFE_SAFETY(false),
    INDIVIDUAL_PROJECT(false);

    private final boolean examSubject;

    Subject(boolean examSubject) {
        this.examSubject = examSubject;
    }

    /** Whether a state exam (OGE, EGE, GVE) is held in this subject. */
    public boolean isExamSubject() {
        return examSubject;
    }

    /** The exam subjects, for messages and docs. */
    public static Set<Subject> examSubjects() {
        return java.util.EnumSet.copyOf(java.util.Arrays.stream(values()).filter(Subject::isExamSubject).toList());
    }
}
