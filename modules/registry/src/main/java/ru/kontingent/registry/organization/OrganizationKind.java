package ru.kontingent.registry.organization;

/** Kinds of educational organization (273-FZ art. 23). */
public enum OrganizationKind {
    /** общеобразовательная организация: school, gymnasium, lyceum */
    SCHOOL,
    /** дошкольная образовательная организация */
    KINDERGARTEN,
    /** профессиональная образовательная организация */
    COLLEGE,
    /** организация дополнительного образования */
    ADDITIONAL_EDUCATION
}
