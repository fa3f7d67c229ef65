package ru.kontingent.devtools.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A deterministic region of students: student i depends only on the seed, the region code and i
 * (each draws from its own random stream), so any prefix of a large file equals the smaller file,
 * and the organizations list only adds the enrollment drawn last.
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

    private final long seed;
    private final SnilsSequence snils;
    private final List<UUID> organizations;

    public SyntheticRegion(long seed, String regionCode, List<UUID> organizations) {
        this.seed = seed;
        this.snils = new SnilsSequence(Objects.requireNonNull(regionCode, "regionCode"), seed);
        this.organizations = List.copyOf(organizations);
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

        EnrollmentRecord enrollment = organizations.isEmpty() ? null : enrollment(birthDate, random);

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
                enrollment);
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

    private EnrollmentRecord enrollment(LocalDate birthDate, SplitMix64 random) {
        UUID organization = random.pick(organizations);
        int grade = gradeOn(SCHOOL_YEAR_START, birthDate);
        return new EnrollmentRecord(organization, "BASIC", levelOf(grade), grade, SCHOOL_YEAR_START,
                random.between(1, 250) + "-уч");
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
