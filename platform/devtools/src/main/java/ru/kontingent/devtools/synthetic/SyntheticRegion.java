package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A deterministic region of students: student i depends only on the seed, the region code and i
 * (each draws from its own random stream), so any prefix of a large file equals the smaller file,
 * and the organizations list only adds the enrollments drawn last. With organizations, a student
 * has a trajectory: a current enrollment since grade 1, or since a transfer from another school of
 * the region (with the ended one in its history), or none, having left for another region.
 */
public final class SyntheticRegion {

    /** The day the generated enrollments start, and the "today" that ages and documents are computed for. */
    public static final LocalDate SCHOOL_YEAR_START = LocalDate.of(2025, 9, 1);

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(2008, 1, 1);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH_DATE, LocalDate.of(2020, 1, 1));
    /** Children born before 2012 are 14 or nearly so: they hold a passport (brief and 828 decree). */
    private static final LocalDate PASSPORT_HOLDERS_BORN_BEFORE = LocalDate.of(2012, 1, 1);
    /** Grade 1 from six and a half years (DOMAIN.md), counted in months on the first of September. */
    private static final int SCHOOL_AGE_MONTHS = 78;
    /** Rostov oblast's OKATO code opens the series of the passports issued there. */
    private static final String PASSPORT_REGION_DIGITS = "60";
    private static final List<String> ROMAN_NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
    private static final String SERIES_LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";
    private static final String LATIN_LETTERS = "ABCDEFGHKLMNPRSTUX";
    /** Left for another region: "a few percent" (issue 9). */
    static final int MOVED_PER_MILLE = 30;
    /** Changed school within the region once. */
    static final int TRANSFERRED_PER_MILLE = 140;

    private final long seed;
    private final SnilsSequence snils;
    private final List<UUID> organizations;
    /** Organization k is taken to be {@link SyntheticSchools} school k: its municipality is known. */
    private final Map<Municipality, List<Integer>> schoolsByMunicipality;

    public SyntheticRegion(long seed, String regionCode, List<UUID> organizations) {
        this.seed = seed;
        this.snils = new SnilsSequence(Objects.requireNonNull(regionCode, "regionCode"), seed);
        this.organizations = List.copyOf(organizations);
        Map<Municipality, List<Integer>> byMunicipality = new HashMap<>();
        for (int k = 0; k < this.organizations.size() && k < SyntheticSchools.MAX_SCHOOLS; k++) {
            byMunicipality.computeIfAbsent(SyntheticSchools.municipality(k), key -> new ArrayList<>()).add(k);
        }
        this.schoolsByMunicipality = Map.copyOf(byMunicipality);
    }

    /** Student number {@code index}, from 0 to {@link SnilsSequence#MAX_STUDENTS} - 1. */
    public StudentRecord student(long index) {
        if (index < 0 || index >= SnilsSequence.MAX_STUDENTS) {
            throw new IllegalArgumentException("student index out of range: " + index);
        }
        SplitMix64 random = SplitMix64.forItem(seed, index);

        Sex sex = random.chance(0.515) ? Sex.M : Sex.F;
        Citizenship citizenship = Citizenship.pick(random);
        String familySurname = RussianNames.surname(random);
        RussianNames.MaleName father = RussianNames.man(random);
        String firstName = RussianNames.childFirstName(random, sex);
        LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(random.nextInt(BIRTH_DAYS));
        Municipality home = RostovGeography.municipality(random);

        String birthCity;
        String birthRegistryOffice;
        if (citizenship.birthCities().isEmpty() || random.chance(0.3)) {
            RostovGeography.BirthCity born = RostovGeography.birthCity(home, random);
            birthCity = born.name();
            birthRegistryOffice = born.registryOffice();
        } else {
            birthCity = random.pick(citizenship.birthCities());
            birthRegistryOffice = "Отдел ЗАГС г. " + birthCity;
        }
        IdentityDocumentRecord document = childDocument(citizenship, birthDate, birthRegistryOffice, random);

        String registration = RostovGeography.address(home, random);
        String residence = random.chance(0.85) ? registration : RostovGeography.address(home, random);

        List<RepresentativeRecord> representatives = new ArrayList<>(2);
        int family = random.nextInt(100);
        boolean withMother = family < 92;
        boolean withFather = family < 70 || family >= 92;
        if (withMother) {
            String surname = random.chance(0.9) ? familySurname : RussianNames.surname(random);
            representatives.add(parent("MOTHER", RussianNames.surnameFor(surname, Sex.F),
                    RussianNames.womanFirstName(random), RussianNames.man(random).patronymicFor(Sex.F),
                    birthDate.minusDays(random.between(19 * 365, 42 * 365)), snils.forStudent(index, 1),
                    citizenship, random));
        }
        if (withFather) {
            representatives.add(parent("FATHER", familySurname, father.firstName(),
                    RussianNames.man(random).patronymicFor(Sex.M),
                    birthDate.minusDays(random.between(21 * 365, 48 * 365)), snils.forStudent(index, 2),
                    citizenship, random));
        }

        Trajectory trajectory = organizations.isEmpty() ? Trajectory.NONE : trajectory(birthDate, home, random);

        return new StudentRecord(
                RussianNames.surnameFor(familySurname, sex),
                firstName,
                father.patronymicFor(sex),
                birthDate,
                "г. " + birthCity,
                sex.name(),
                snils.forStudent(index, 0),
                citizenship.code(),
                document,
                registration,
                residence,
                List.copyOf(representatives),
                trajectory.current(),
                trajectory.history());
    }

    private IdentityDocumentRecord childDocument(Citizenship citizenship, LocalDate birthDate, String registryOffice,
            SplitMix64 random) {
        boolean passportAge = birthDate.isBefore(PASSPORT_HOLDERS_BORN_BEFORE);
        if (citizenship.stateless()) {
            return residencePermit(birthDate, random);
        }
        if (!citizenship.russian()) {
            return passportAge
                    ? new IdentityDocumentRecord("FOREIGN_PASSPORT", latinSeries(random), random.digits(7),
                            citizenship.passportOffice(), birthDate.plusYears(14).plusDays(random.between(1, 90)))
                    : new IdentityDocumentRecord("FOREIGN_BIRTH_CERTIFICATE", latinSeries(random), random.digits(7),
                            registryOffice, birthDate.plusDays(random.between(3, 30)));
        }
        if (passportAge) {
            return russianPassport(birthDate.plusYears(14).plusDays(random.between(1, 30)), random);
        }
        String series = random.pick(ROMAN_NUMERALS) + "-"
                + SERIES_LETTERS.charAt(random.nextInt(SERIES_LETTERS.length()))
                + SERIES_LETTERS.charAt(random.nextInt(SERIES_LETTERS.length()));
        return new IdentityDocumentRecord("BIRTH_CERTIFICATE", series, random.digits(6), registryOffice,
                birthDate.plusDays(random.between(3, 40)));
    }

    private RepresentativeRecord parent(String relation, String lastName, String firstName, String middleName,
            LocalDate birthDate, String snilsNumber, Citizenship citizenship, SplitMix64 random) {
        IdentityDocumentRecord document;
        if (citizenship.stateless()) {
            document = residencePermit(birthDate, random);
        } else {
            // A Russian passport is replaced at 20 and at 45; the last one issued is the one shown.
            LocalDate replaced = birthDate.plusYears(45);
            if (replaced.isAfter(SCHOOL_YEAR_START)) {
                replaced = birthDate.plusYears(20);
            }
            LocalDate issued = replaced.plusDays(random.between(1, 60));
            if (issued.isAfter(SCHOOL_YEAR_START)) {
                issued = SCHOOL_YEAR_START;
            }
            document = citizenship.russian()
                    ? russianPassport(issued, random)
                    : new IdentityDocumentRecord("FOREIGN_PASSPORT", latinSeries(random), random.digits(7),
                            citizenship.passportOffice(), issued);
        }
        return new RepresentativeRecord(relation, lastName, firstName, middleName, birthDate, snilsNumber,
                citizenship.code(), document);
    }

    private static IdentityDocumentRecord russianPassport(LocalDate issued, SplitMix64 random) {
        String year = String.valueOf(issued.getYear() % 100 + 100).substring(1);
        String office = issued.getYear() >= RostovGeography.MVD_TAKES_OVER_PASSPORTS
                ? RostovGeography.PASSPORT_OFFICE
                : RostovGeography.PASSPORT_OFFICE_BEFORE_2016;
        return new IdentityDocumentRecord("PASSPORT", PASSPORT_REGION_DIGITS + year, random.digits(6), office, issued);
    }

    /** вид на жительство лица без гражданства: series 82, seven digits, issued by the regional MVD. */
    private static IdentityDocumentRecord residencePermit(LocalDate birthDate, SplitMix64 random) {
        LocalDate earliest = birthDate.isBefore(LocalDate.of(2015, 1, 1)) ? LocalDate.of(2015, 1, 1) : birthDate;
        int span = (int) Math.max(1, ChronoUnit.DAYS.between(earliest, SCHOOL_YEAR_START));
        return new IdentityDocumentRecord("OTHER", "82", random.digits(7), RostovGeography.PASSPORT_OFFICE,
                earliest.plusDays(random.nextInt(span)));
    }

    /**
     * Where the child has been at school: since grade 1 (its first 1 September of school age) in a
     * school of its home municipality; one in seven of those past grade 1 changed school once, on a
     * day between half a year after starting and the end of last school year; three in a hundred
     * left for another region on such a day and have no school here now. The current enrollment
     * carries this year's grade (promotions update it in place); an ended one the grade it began with.
     */
    private Trajectory trajectory(LocalDate birthDate, Municipality home, SplitMix64 random) {
        int grade = gradeOn(SCHOOL_YEAR_START, birthDate);
        LocalDate firstDay = SCHOOL_YEAR_START.minusYears(grade - 1L);
        int first = school(home, random);
        String order = random.between(1, 250) + "-уч";
        int roll = random.nextInt(1000);
        boolean stays = roll >= MOVED_PER_MILLE + TRANSFERRED_PER_MILLE
                || roll >= MOVED_PER_MILLE && organizations.size() == 1;
        if (grade == 1 || stays) {
            return new Trajectory(enrollment(first, "BASIC", grade, firstDay, order), List.of());
        }
        LocalDate left = firstDay.plusDays(random.between(180, (int) ChronoUnit.DAYS.between(firstDay, SCHOOL_YEAR_START) - 1));
        PastEnrollmentRecord past;
        if (roll < MOVED_PER_MILLE) {
            past = new PastEnrollmentRecord(enrollment(first, "BASIC", 1, firstDay, order), left,
                    PastEnrollmentRecord.MOVED_TO_ANOTHER_REGION);
            return new Trajectory(null, List.of(past));
        }
        int next = otherSchool(home, first, random);
        past = new PastEnrollmentRecord(enrollment(first, "BASIC", 1, firstDay, order), left,
                PastEnrollmentRecord.TRANSFERRED);
        EnrollmentRecord current = enrollment(next, "BASIC", grade, left, random.between(1, 250) + "-п");
        return new Trajectory(current, List.of(past));
    }

    /** A school of the child's municipality when the organizations are the synthetic schools in order; else any. */
    private int school(Municipality home, SplitMix64 random) {
        List<Integer> near = schoolsByMunicipality.get(home);
        return near == null ? random.nextInt(organizations.size()) : random.pick(near);
    }

    /** Another school of the same municipality; of the region when the municipality has only the one. */
    private int otherSchool(Municipality home, int current, SplitMix64 random) {
        List<Integer> near = schoolsByMunicipality.get(home);
        if (near != null && near.size() > 1) {
            int next = near.get(random.nextInt(near.size() - 1));
            return next == current ? near.get(near.size() - 1) : next;
        }
        int next = random.nextInt(organizations.size() - 1);
        return next == current ? organizations.size() - 1 : next;
    }

    private EnrollmentRecord enrollment(int organization, String program, int grade, LocalDate start, String order) {
        return new EnrollmentRecord(organizations.get(organization), program, levelOf(grade), grade, start, order);
    }

    /** A current enrollment (null when none) and the ended ones before it. */
    private record Trajectory(EnrollmentRecord current, List<PastEnrollmentRecord> history) {
        static final Trajectory NONE = new Trajectory(null, List.of());
    }

    /**
     * The grade a child of that age is in: grade 1 from 6.5 years, one more each year. Birth years
     * 2008-2019 reach a little past both ends; those children are kept in grade 1 or 11 rather than
     * dropped, so every generated student has a school.
     */
    static int gradeOn(LocalDate schoolYearStart, LocalDate birthDate) {
        long months = ChronoUnit.MONTHS.between(birthDate, schoolYearStart);
        long grade = Math.floorDiv(months - SCHOOL_AGE_MONTHS, 12) + 1;
        return (int) Math.max(1, Math.min(11, grade));
    }

    static String levelOf(int grade) {
        if (grade <= 4) {
            return "PRIMARY_GENERAL";
        }
        return grade <= 9 ? "BASIC_GENERAL" : "SECONDARY_GENERAL";
    }

    private static String latinSeries(SplitMix64 random) {
        return "" + LATIN_LETTERS.charAt(random.nextInt(LATIN_LETTERS.length()))
                + LATIN_LETTERS.charAt(random.nextInt(LATIN_LETTERS.length()));
    }
}
