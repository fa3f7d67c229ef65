package ru.kontingent.registry.enrollment;

/** Levels of education (273-FZ art. 10) with the grades each spans, where grades apply. */
public enum EducationLevel {
    /** дошкольное */
    PRESCHOOL(0, 0),
    /** начальное общее: grades 1-4 */
    PRIMARY_GENERAL(1, 4),
    /** основное общее: grades 5-9 */
    BASIC_GENERAL(5, 9),
    /** среднее общее: grades 10-11 */
    SECONDARY_GENERAL(10, 11),
    /** среднее профессиональное: courses 1-4 */
    VOCATIONAL(1, 4),
    /** дополнительное образование детей: no grades */
    ADDITIONAL(0, 0);

    private final int firstGrade;
    private final int lastGrade;

    EducationLevel(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    public boolean hasGrades() {
        return lastGrade > 0;
    }

    public boolean allows(Integer grade) {
        if (grade == null) {
            return !hasGrades();
        }
        return hasGrades() && grade >= firstGrade && grade <= lastGrade;
    }

    public String gradeRule() {
        return hasGrades() ? "grade must be " + firstGrade + ".." + lastGrade + " for " + name() : "no grade for " + name();
    }
}
