package ru.kontingent.devtools.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticRegionTest {

    private static final int STUDENTS = 200_000;
    /** The shapes the registry's IdentityDocumentValidator accepts. */
    private static final Pattern BIRTH_CERTIFICATE_SERIES = Pattern.compile("(I|II|III|IV|V|VI|VII|VIII|IX|X)-[А-ЯЁ]{2}");
    private static final Pattern PASSPORT_SERIES = Pattern.compile("\\d{4}");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern MALE_SURNAME = Pattern.compile(".*(ов|ев|ёв|ин|ский)");
    /** As an address names them: a city by its name, a district as "Азовский р-н". */
    private static final Set<String> MUNICIPALITIES = RostovGeography.municipalities().stream()
            .map(place -> place.districtInAddress() != null ? place.districtInAddress() : place.name())
            .collect(java.util.stream.Collectors.toSet());
    private static final List<UUID> SCHOOLS = List.of(UUID.fromString("7f3c1a52-8d0e-4b7a-9c1e-2f5d6a7b8c9d"),
            UUID.fromString("0b9a1e2f-3c4d-4e5f-8a6b-7c8d9e0f1a2b"));

    @Test
    void twoHundredThousandStudentsAndTheirParentsHaveValidUniqueSnils() {
        SyntheticRegion region = new SyntheticRegion(61, "r61", List.of());
        Set<String> seen = new HashSet<>(STUDENTS * 4);
        for (int i = 0; i < STUDENTS; i++) {
            StudentRecord student = region.student(i);
            assertSnils(student.snils(), seen, i);
            for (RepresentativeRecord parent : student.representatives()) {
                assertSnils(parent.snils(), seen, i);
            }
        }
        assertTrue(seen.size() > STUDENTS * 2, "parents counted too: " + seen.size());
    }

    private static void assertSnils(String snils, Set<String> seen, int student) {
        assertTrue(SnilsRule.isValid(snils), "student " + student + ": invalid " + snils);
        assertTrue(seen.add(snils), "student " + student + ": repeated " + snils);
    }

    @Test
    void everyStudentIsConsistentWithinItself() {
        SyntheticRegion region = new SyntheticRegion(61, "r61", SCHOOLS);
        Map<String, Integer> citizenships = new HashMap<>();
        Map<Integer, Integer> representativeCounts = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            StudentRecord student = region.student(i);
            int index = i;
            // Built only when an assertion fails: a record's text is long and there are 50,000 of them.
            Supplier<String> where = () -> "student " + index + ": " + student;

            boolean male = student.sex().equals("M");
            assertTrue(male || student.sex().equals("F"), where);
            assertTrue(male ? student.middleName().endsWith("ич") : student.middleName().endsWith("на"), where);
            if (!male) {
                assertFalse(MALE_SURNAME.matcher(student.lastName()).matches(), where);
            }
            assertTrue(!student.birthDate().isBefore(LocalDate.of(2008, 1, 1))
                    && student.birthDate().isBefore(LocalDate.of(2020, 1, 1)), where);
            assertTrue(student.birthPlace().startsWith("г. "), where);
            assertTrue(MUNICIPALITIES.stream().anyMatch(student.registrationAddress()::contains), where);
            assertTrue(student.registrationAddress().contains("Ростовская обл."), where);
            assertTrue(MUNICIPALITIES.stream().anyMatch(student.residenceAddress()::contains), where);
            citizenships.merge(student.citizenship(), 1, Integer::sum);
            assertDocument(student, where);

            int parents = student.representatives().size();
            representativeCounts.merge(parents, 1, Integer::sum);
            assertTrue(parents == 1 || parents == 2, where);
            for (RepresentativeRecord parent : student.representatives()) {
                assertParent(student, parent, where);
            }

            EnrollmentRecord enrollment = student.enrollment();
            if (enrollment == null) {
                assertEquals(PastEnrollmentRecord.MOVED_TO_ANOTHER_REGION, student.history().get(0).endReason(), where);
                continue;
            }
            assertTrue(SCHOOLS.contains(enrollment.organizationId()), where);
            assertEquals("BASIC", enrollment.program());
            assertFalse(enrollment.startDate().isAfter(LocalDate.of(2025, 9, 1)), where);
            assertTrue(enrollment.orderNumber().matches("\\d{1,3}-(уч|п)"), where);
            int grade = enrollment.grade();
            String level = grade <= 4 ? "PRIMARY_GENERAL" : grade <= 9 ? "BASIC_GENERAL" : "SECONDARY_GENERAL";
            assertTrue(grade >= 1 && grade <= 11, where);
            assertEquals(level, enrollment.level(), where);
        }
        assertTrue(citizenships.get("RU") > 47_500 && citizenships.get("RU") < 49_000, "a few percent foreign: " + citizenships);
        assertTrue(citizenships.keySet().containsAll(Set.of("KZ", "UZ", "TJ", "stateless")), citizenships.toString());
        assertTrue(representativeCounts.get(2) > representativeCounts.get(1), representativeCounts.toString());
    }

    private static void assertDocument(StudentRecord student, Supplier<String> where) {
        IdentityDocumentRecord document = student.identityDocument();
        assertTrue(document.issueDate().isAfter(student.birthDate()), where);
        switch (student.citizenship()) {
            case "RU" -> {
                if (student.birthDate().isBefore(LocalDate.of(2012, 1, 1))) {
                    assertEquals("PASSPORT", document.type(), where);
                    assertTrue(PASSPORT_SERIES.matcher(document.series()).matches(), where);
                    assertEquals(14, Period.between(student.birthDate(), document.issueDate()).getYears(), where);
                } else {
                    assertEquals("BIRTH_CERTIFICATE", document.type(), where);
                    assertTrue(BIRTH_CERTIFICATE_SERIES.matcher(document.series()).matches(), where);
                }
                assertTrue(SIX_DIGITS.matcher(document.number()).matches(), where);
            }
            case "stateless" -> assertEquals("OTHER", document.type(), where);
            default -> assertTrue(document.type().startsWith("FOREIGN_"), where);
        }
    }

    private static void assertParent(StudentRecord student, RepresentativeRecord parent, Supplier<String> where) {
        boolean mother = parent.relation().equals("MOTHER");
        assertTrue(mother || parent.relation().equals("FATHER"), where);
        assertTrue(mother ? parent.middleName().endsWith("на") : parent.middleName().endsWith("ич"), where);
        int ageAtBirth = Period.between(parent.birthDate(), student.birthDate()).getYears();
        assertTrue(ageAtBirth >= 18 && ageAtBirth <= 48, where);
        assertEquals(student.citizenship(), parent.citizenship(), where);
        IdentityDocumentRecord document = parent.identityDocument();
        assertFalse(document.issueDate().isAfter(LocalDate.of(2025, 9, 1)), where);
        if (student.citizenship().equals("RU")) {
            assertEquals("PASSPORT", document.type(), where);
            assertTrue(PASSPORT_SERIES.matcher(document.series()).matches(), where);
            assertTrue(SIX_DIGITS.matcher(document.number()).matches(), where);
        }
        if (!mother) {
            // The father's first name is where the child's patronymic came from.
            RussianNames.MaleName father = RussianNames.men().stream()
                    .filter(man -> man.firstName().equals(parent.firstName())).findFirst().orElseThrow();
            assertEquals(father.patronymicFor(Sex.valueOf(student.sex())), student.middleName(), where);
        }
    }

    @Test
    void theSameSeedGivesTheSameStudentsAndAnotherSeedOthers() {
        SyntheticRegion one = new SyntheticRegion(61, "r61", List.of());
        SyntheticRegion again = new SyntheticRegion(61, "r61", List.of());
        SyntheticRegion other = new SyntheticRegion(62, "r61", List.of());
        for (int i = 0; i < 1_000; i++) {
            assertEquals(one.student(i), again.student(i));
        }
        assertNotEquals(one.student(0), other.student(0));
    }

    @Test
    void organizationsOnlyAddTheEnrollment() {
        StudentRecord without = new SyntheticRegion(61, "r61", List.of()).student(42);
        StudentRecord with = new SyntheticRegion(61, "r61", SCHOOLS).student(42);

        assertNull(without.enrollment());
        assertEquals(without, new StudentRecord(with.lastName(), with.firstName(), with.middleName(),
                with.birthDate(), with.birthPlace(), with.sex(), with.snils(), with.citizenship(),
                with.identityDocument(), with.registrationAddress(), with.residenceAddress(), with.representatives(),
                null, List.of()));
    }

    /**
     * A trajectory per student: since grade 1 in one school, or transferred once within the region
     * (about 14 %: the current enrollment starts the day the past one ended, in another school), or
     * gone to another region (about 3 %: no current enrollment); ended enrollments only before the
     * school year, with the registry's exit reasons.
     */
    @Test
    void enrollmentHistoriesHaveTransfersAndAFewPercentMovesToAnotherRegion() {
        List<UUID> schools = SyntheticSchools.placeholderIds("r61", 1500);
        SyntheticRegion region = new SyntheticRegion(61, "r61", schools);
        int students = 50_000;
        int transferred = 0;
        int moved = 0;
        for (int i = 0; i < students; i++) {
            StudentRecord student = region.student(i);
            int index = i;
            Supplier<String> where = () -> "student " + index + ": " + student;
            EnrollmentRecord current = student.enrollment();
            int grade = SyntheticRegion.gradeOn(SyntheticRegion.SCHOOL_YEAR_START, student.birthDate());
            LocalDate firstDay = SyntheticRegion.SCHOOL_YEAR_START.minusYears(grade - 1L);
            if (student.history().isEmpty()) {
                assertEquals(firstDay, current.startDate(), where);
                assertEquals(grade, current.grade(), where);
                continue;
            }
            assertEquals(1, student.history().size(), where);
            PastEnrollmentRecord past = student.history().get(0);
            assertEquals(firstDay, past.enrollment().startDate(), where);
            assertEquals(1, past.enrollment().grade(), where);
            assertEquals("PRIMARY_GENERAL", past.enrollment().level(), where);
            assertTrue(past.endDate().isAfter(past.enrollment().startDate().plusDays(179)), where);
            assertTrue(past.endDate().isBefore(SyntheticRegion.SCHOOL_YEAR_START), where);
            if (past.endReason().equals(PastEnrollmentRecord.TRANSFERRED)) {
                transferred++;
                assertEquals(past.endDate(), current.startDate(), where);
                assertNotEquals(past.enrollment().organizationId(), current.organizationId(), where);
                assertEquals(grade, current.grade(), where);
            } else {
                moved++;
                assertEquals(PastEnrollmentRecord.MOVED_TO_ANOTHER_REGION, past.endReason(), where);
                assertNull(current, where);
            }
        }
        // Grade 1 (about a tenth) has no past: 14 % and 3 % of the rest.
        assertTrue(transferred > students * 0.11 && transferred < students * 0.14, "transferred " + transferred);
        assertTrue(moved > students * 0.02 && moved < students * 0.035, "moved " + moved);
    }

    /** Children go to school where they live: the school of a child of Таганрог is one of Таганрог's. */
    @Test
    void childrenGoToSchoolsOfTheirOwnMunicipality() {
        List<UUID> schools = SyntheticSchools.placeholderIds("r61", 1500);
        Map<UUID, Municipality> municipalityOf = new HashMap<>();
        for (int k = 0; k < schools.size(); k++) {
            municipalityOf.put(schools.get(k), SyntheticSchools.municipality(k));
        }
        SyntheticRegion region = new SyntheticRegion(61, "r61", schools);
        for (int i = 0; i < 5_000; i++) {
            StudentRecord student = region.student(i);
            // The first school; a transfer stays in the municipality too unless it has one school only.
            EnrollmentRecord first = student.history().isEmpty() ? student.enrollment()
                    : student.history().get(0).enrollment();
            {
                Municipality school = municipalityOf.get(first.organizationId());
                String place = school.districtInAddress() != null ? school.districtInAddress() : school.name();
                assertTrue(student.registrationAddress().contains(", " + place + ", ")
                        || student.registrationAddress().contains("г. " + place + ","), student + " at " + place);
            }
        }
    }

    @Test
    void gradesFollowAgeFromSixAndAHalf() {
        LocalDate september = LocalDate.of(2025, 9, 1);
        assertEquals(1, SyntheticRegion.gradeOn(september, LocalDate.of(2019, 2, 28)), "6 years 6 months");
        assertEquals(1, SyntheticRegion.gradeOn(september, LocalDate.of(2018, 3, 2)), "a day short of 7.5");
        assertEquals(2, SyntheticRegion.gradeOn(september, LocalDate.of(2018, 3, 1)), "7.5 exactly");
        assertEquals(5, SyntheticRegion.gradeOn(september, LocalDate.of(2014, 6, 23)));
        assertEquals(10, SyntheticRegion.gradeOn(september, LocalDate.of(2009, 6, 15)));
        assertEquals(11, SyntheticRegion.gradeOn(september, LocalDate.of(2009, 1, 15)));
        assertEquals(1, SyntheticRegion.gradeOn(september, LocalDate.of(2019, 12, 31)), "too young: kept in grade 1");
        assertEquals(11, SyntheticRegion.gradeOn(september, LocalDate.of(2008, 1, 1)), "too old: kept in grade 11");
        assertEquals("PRIMARY_GENERAL", SyntheticRegion.levelOf(4));
        assertEquals("BASIC_GENERAL", SyntheticRegion.levelOf(5));
        assertEquals("BASIC_GENERAL", SyntheticRegion.levelOf(9));
        assertEquals("SECONDARY_GENERAL", SyntheticRegion.levelOf(10));
    }
}
