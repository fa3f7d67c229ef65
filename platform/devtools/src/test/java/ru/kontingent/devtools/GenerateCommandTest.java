package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    /** Exactly as the import's CSV contract lists the columns. */
    private static final String CSV_HEADER = "lastName;firstName;middleName;birthDate;birthPlace;sex;snils;citizenship;"
            + "documentType;documentSeries;documentNumber;documentIssuedBy;documentIssueDate;registrationAddress;"
            + "residenceAddress;rep1Relation;rep1LastName;rep1FirstName;rep1MiddleName;rep1BirthDate;rep1Snils;"
            + "rep1Citizenship;rep1DocumentType;rep1DocumentSeries;rep1DocumentNumber;rep1DocumentIssuedBy;"
            + "rep1DocumentIssueDate;rep2Relation;rep2LastName;rep2FirstName;rep2MiddleName;rep2BirthDate;rep2Snils;"
            + "rep2Citizenship;rep2DocumentType;rep2DocumentSeries;rep2DocumentNumber;rep2DocumentIssuedBy;"
            + "rep2DocumentIssueDate;enrollmentOrganizationId;enrollmentProgram;enrollmentLevel;enrollmentGrade;"
            + "enrollmentStartDate;enrollmentOrderNumber";
    private static final Set<String> STUDENT_KEYS = Set.of("lastName", "firstName", "middleName", "birthDate",
            "birthPlace", "sex", "snils", "citizenship", "identityDocument", "registrationAddress", "residenceAddress",
            "representatives");
    private static final Set<String> REPRESENTATIVE_KEYS = Set.of("relation", "lastName", "firstName", "middleName",
            "birthDate", "snils", "citizenship", "identityDocument");
    private static final Set<String> DOCUMENT_KEYS = Set.of("type", "series", "number", "issuedBy", "issueDate");
    private static final Set<String> ENROLLMENT_KEYS = Set.of("organizationId", "program", "level", "grade",
            "startDate", "orderNumber");

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path generate(String fileName, String... options) {
        Path file = dir.resolve(fileName);
        List<String> args = new ArrayList<>(List.of("generate", "--out", file.toString()));
        args.addAll(List.of(options));
        assertEquals(0, KontingentCli.run(args.toArray(String[]::new)), console.err());
        return file;
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws Exception {
        Path first = generate("first.ndjson", "--students", "10000", "--seed", "7");
        Path second = generate("second.ndjson", "--students", "10000", "--seed", "7");
        Path otherSeed = generate("other.ndjson", "--students", "10000", "--seed", "8");
        Path smaller = generate("smaller.ndjson", "--students", "1000", "--seed", "7");

        assertEquals(-1, Files.mismatch(first, second));
        assertNotEquals(-1, Files.mismatch(first, otherSeed));
        byte[] prefix = Files.readAllBytes(smaller);
        assertEquals(-1, Arrays.mismatch(prefix, 0, prefix.length,
                Files.readAllBytes(first), 0, prefix.length), "a smaller file is the start of a larger one");

        Path csv = generate("first.csv", "--students", "5000", "--seed", "7");
        Path csvAgain = generate("again.csv", "--students", "5000", "--seed", "7");
        assertEquals(-1, Files.mismatch(csv, csvAgain));
    }

    @Test
    void ndjsonLinesAreJsonWithExactlyTheApiFields() throws Exception {
        Path organizations = Files.writeString(dir.resolve("orgs.txt"), """
                # two schools
                7f3c1a52-8d0e-4b7a-9c1e-2f5d6a7b8c9d

                0b9a1e2f-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                """);
        Path file = generate("students.ndjson", "--students", "5000", "--organizations", organizations.toString());

        ObjectMapper json = new ObjectMapper();
        int lines = 0;
        int gone = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                JsonNode student = json.readTree(line);
                Set<String> expected = new TreeSet<>(STUDENT_KEYS);
                assertEquals(DOCUMENT_KEYS, keys(student.get("identityDocument")), line);
                if (student.has("enrollment")) {
                    expected.add("enrollment");
                    assertEquals(ENROLLMENT_KEYS, keys(student.get("enrollment")), line);
                    assertTrue(student.get("enrollment").get("grade").isInt(), line);
                } else {
                    gone++; // moved to another region: no school here now
                }
                assertEquals(expected, keys(student), line);
                int representatives = student.get("representatives").size();
                assertTrue(representatives == 1 || representatives == 2, line);
                for (JsonNode parent : student.get("representatives")) {
                    assertEquals(REPRESENTATIVE_KEYS, keys(parent), line);
                    assertEquals(DOCUMENT_KEYS, keys(parent.get("identityDocument")), line);
                }
            }
        }
        assertEquals(5000, lines);
        assertTrue(gone > 50 && gone < 200, "a few percent moved away: " + gone);
    }

    /** The ended enrollments come out beside the students, the same for the same seed, each naming a student of the file. */
    @Test
    void historyIsWrittenBesideTheStudentsAndIsDeterministicToo() throws Exception {
        Path history = dir.resolve("history.ndjson");
        Path again = dir.resolve("history-again.ndjson");
        Path students = generate("students-h.ndjson", "--students", "5000", "--schools", "1500", "--history",
                history.toString());
        generate("students-h2.ndjson", "--students", "5000", "--schools", "1500", "--history", again.toString());
        assertEquals(-1, Files.mismatch(history, again));

        ObjectMapper json = new ObjectMapper();
        Set<String> snils = new java.util.HashSet<>();
        for (String line : Files.readAllLines(students, StandardCharsets.UTF_8)) {
            snils.add(json.readTree(line).get("snils").asText());
        }
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(history, StandardCharsets.UTF_8)) {
            JsonNode past = json.readTree(line);
            assertEquals(Set.of("snils", "organizationId", "program", "level", "grade", "startDate", "orderNumber",
                    "endDate", "endReason"), keys(past), line);
            assertTrue(snils.contains(past.get("snils").asText()), line);
            assertTrue(past.get("endDate").asText().compareTo(past.get("startDate").asText()) > 0, line);
            reasons.merge(past.get("endReason").asText(), 1, Integer::sum);
        }
        assertEquals(Set.of("TRANSFERRED", "MOVED_TO_ANOTHER_REGION"), reasons.keySet());
        assertTrue(reasons.get("TRANSFERRED") > reasons.get("MOVED_TO_ANOTHER_REGION") * 3, reasons.toString());
        assertTrue(console.err().contains("ended enrollments in " + history), console.err());
    }

    @Test
    void withoutOrganizationsThereIsNoEnrollmentKey() throws Exception {
        Path file = generate("plain.ndjson", "--students", "100");

        JsonNode student = new ObjectMapper().readTree(Files.readAllLines(file).get(0));
        assertEquals(new TreeSet<>(STUDENT_KEYS), keys(student));
    }

    @Test
    void csvHasTheContractHeaderAndTheSameColumnsOnEveryRow() throws Exception {
        Path file = generate("students.csv", "--students", "5000", "--region-code", "r23");

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(CSV_HEADER, lines.get(0));
        assertEquals(5001, lines.size());
        int columns = CSV_HEADER.split(";").length;
        assertEquals(45, columns);
        for (String line : lines.subList(1, lines.size())) {
            // The generator's values hold no quote or semicolon, so a plain split is the honest count.
            assertEquals(columns, line.split(";", -1).length, line);
        }
        assertTrue(console.err().contains("wrote 5,000 students (csv, seed 61, region r23)"));
    }

    @Test
    void withoutOutTheStudentsGoToStdoutAndProgressToStderr() {
        assertEquals(0, KontingentCli.run("generate", "--students", "3", "--format", "csv"));

        String students = console.out();
        assertEquals(4, students.lines().count());
        assertTrue(students.startsWith("lastName;firstName;"), students);
        assertTrue(console.err().contains("to stdout"));
    }

    @Test
    void badOptionsAreUsageErrorsAndABadIdsFileAFailure() throws Exception {
        assertEquals(2, KontingentCli.run("generate"));
        assertEquals(2, KontingentCli.run("generate", "--students", "0"));
        assertEquals(2, KontingentCli.run("generate", "--students", "10", "--seed", "x"));
        assertEquals(2, KontingentCli.run("generate", "--students", "10", "--format", "xml"));
        assertEquals(2, KontingentCli.run("generate", "--students", "10", "--region-code", "R61"));
        assertEquals(2, KontingentCli.run("generate", "--students", "10", "--history", "h.ndjson"));

        Path badIds = Files.writeString(dir.resolve("bad.txt"), "7f3c1a52-8d0e-4b7a-9c1e-2f5d6a7b8c9d\nschool-1\n");
        assertEquals(1, KontingentCli.run("generate", "--students", "10", "--organizations", badIds.toString()));
        assertTrue(console.err().contains("bad.txt, line 2: not an organization id"));
        assertEquals("", console.out());
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }
}
