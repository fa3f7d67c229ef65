package ru.kontingent.platform.security;

/** The ministry roles of the {@code groups} claim (ARCHITECTURE.md, "The people it serves"). */
public final class Roles {

    public static final String FEDERAL_OPERATOR = "federal-operator";
    public static final String REGIONAL_ADMIN = "regional-admin";
    public static final String EDUCATION_MINISTRY = "education-ministry";
    public static final String HEALTH_MINISTRY = "health-ministry";
    public static final String SCHOOL_OPERATOR = "school-operator";
    public static final String CITIZEN = "citizen";

    private Roles() {
    }
}
