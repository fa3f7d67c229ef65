package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.AuditRows;
import ru.kontingent.server.testing.Concurrently;
import ru.kontingent.server.testing.JsonFields;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;
import ru.kontingent.server.testing.UniqueWords;
import ru.kontingent.server.testing.Updates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.aRepresentative;
import static ru.kontingent.server.testing.RegistryData.aStudent;
import static ru.kontingent.server.testing.RegistryData.anOrganization;

/**
 * Students of the region's registry: registration with every bad field reported by its JSON path,
 * SNILS normalized and unique per region (without leaking another school's record), reads with
 * ETags, optimistic full updates, exact lookup and prefix search by name, each access journaled
 * in the region's own schema, and nothing of one region reachable from another.
 */
class StudentRegistryIT extends KontingentIT {

    static final String STUDENTS = "/api/registry/students";
    static final Set<String> FULL_VIEW = Set.of("id", "version", "lastName", "firstName", "middleName", "birthDate",
            "birthPlace", "sex", "snils", "citizenship", "identityDocument", "registrationAddress", "residenceAddress",
            "representatives");

    /** Birth dates no other test uses: a search with one of them sees only the test's own students. */
    private static final AtomicInteger DAY = new AtomicInteger();

    /** {@code representatives.snils[0]}: the index where the server currently puts it (see {@link #listedFields}). */
    private static final Pattern MISPLACED_INDEX = Pattern.compile("^(representatives)\\.(\\w+)\\[(\\d+)\\](.*)$");

    private static String regionA;
    private static String regionB;
    private static String ministryA;
    private static String ministryB;
    private static String orgOne;
    private static String orgTwo;
    private static String schoolOne;
    private static String schoolTwo;

    @BeforeAll
    static void twoRegionsWithTwoSchools() {
        regionA = Regions.onboard(api, "stu_a", 1);
        regionB = Regions.onboard(api, "stu_b", 1);
        ministryA = Tokens.educationMinistry(regionA);
        ministryB = Tokens.educationMinistry(regionB);
        orgOne = api.post("/api/registry/organizations", ministryA, anOrganization().build()).assertStatus(201).json().path("id").asText();
        orgTwo = api.post("/api/registry/organizations", ministryA, anOrganization().build()).assertStatus(201).json().path("id").asText();
        schoolOne = Tokens.schoolOperator(regionA, orgOne);
        schoolTwo = Tokens.schoolOperator(regionA, orgTwo);
    }

    // ---- registration -------------------------------------------------------------------------

    @Test
    void aSchoolOperatorRegistersAStudentInItsRegion() {
        Map<String, Object> input = aStudent().build();
        String snils = (String) input.get("snils");
        @SuppressWarnings("unchecked")
        String parentSnils = (String) ((Map<String, Object>) ((List<?>) input.get("representatives")).get(0)).get("snils");

        Reply created = api.post(STUDENTS, schoolOne, input).assertStatus(201);

        JsonNode body = created.json();
        String id = body.path("id").asText();
        UUID.fromString(id);
        assertEquals(FULL_VIEW, JsonFields.of(body));
        assertEquals(0, body.path("version").asLong());
        assertEquals("Иванова", body.path("lastName").asText());
        assertEquals("Алёна", body.path("firstName").asText());
        assertEquals("Сергеевна", body.path("middleName").asText());
        assertEquals("2014-05-17", body.path("birthDate").asText());
        assertEquals("F", body.path("sex").asText());
        assertEquals(snils, body.path("snils").asText());
        assertEquals("RU", body.path("citizenship").asText());
        assertEquals("IV-АН", body.path("identityDocument").path("series").asText());
        assertEquals("BIRTH_CERTIFICATE", body.path("identityDocument").path("type").asText());
        assertEquals(1, body.path("representatives").size());
        assertEquals(parentSnils, body.path("representatives").get(0).path("snils").asText());
        assertEquals("MOTHER", body.path("representatives").get(0).path("relation").asText());
        assertEquals("\"0\"", created.header("ETag"));
        String location = created.header("Location");
        assertNotNull(location, "Location");
        assertTrue(location.endsWith(STUDENTS + "/" + id), location);

        assertEquals(List.of(List.of(digits(snils), orgOne, "Иванова", 0L)),
                Sql.rows("select snils, registered_by_org::text, last_name, version from region_" + regionA + ".student where id = ?::uuid", id));
        assertEquals(List.of(List.of(digits(parentSnils), "MOTHER")),
                Sql.rows("select snils, relation from region_" + regionA + ".representative where student_id = ?::uuid", id));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB + ".student where id = ?::uuid or snils = ?", id, digits(snils)));

        assertEquals(List.of(new AuditRows.Row("CREATE", "school-operator", orgOne, "student", id, FULL_VIEW)),
                AuditRows.about(regionA, id));
        assertEquals(List.of(), AuditRows.about(regionB, id));
    }

    @Test
    void theMinistryRegistersTooAndAnyWrittenFormOfSnilsIsStoredAsElevenDigits() {
        String formatted = SnilsNumbers.next();
        String parentFormatted = SnilsNumbers.next();
        Map<String, Object> input = aStudent().with("snils", digits(formatted))
                .with("representatives", List.of(aRepresentative().with("snils", spaced(parentFormatted)).build()))
                .build();

        JsonNode body = api.post(STUDENTS, ministryA, input).assertStatus(201).json();
        String id = body.path("id").asText();

        assertEquals(formatted, body.path("snils").asText(), "shown XXX-XXX-XXX YY");
        assertEquals(parentFormatted, body.path("representatives").get(0).path("snils").asText());
        assertEquals(List.of(List.of(digits(formatted))),
                Sql.rows("select snils from region_" + regionA + ".student where id = ?::uuid and registered_by_org is null", id));
        assertEquals(List.of(List.of(digits(parentFormatted))),
                Sql.rows("select snils from region_" + regionA + ".representative where student_id = ?::uuid", id));
        assertEquals(List.of(new AuditRows.Row("CREATE", "education-ministry", null, "student", id, FULL_VIEW)),
                AuditRows.about(regionA, id));
    }

    @Test
    void everyInvalidFieldIsListedByItsJsonPathAndNothingIsStored() {
        String snils = SnilsNumbers.next();
        String parentSnils = SnilsNumbers.next();
        Map<String, Object> document = new LinkedHashMap<>(Map.of("type", "BIRTH_CERTIFICATE", "series", "АН-IV", "number", "12345"));
        Map<String, Object> input = aStudent()
                .with("snils", SnilsNumbers.withWrongCheck(snils))
                .with("birthDate", LocalDate.now().plusDays(30).toString())
                .with("citizenship", "ru")
                .with("identityDocument", document)
                .without("lastName")
                .with("registrationAddress", " ")
                .with("representatives", List.of(aRepresentative().with("snils", SnilsNumbers.withWrongCheck(parentSnils))
                        .with("birthDate", LocalDate.now().plusYears(1).toString()).build()))
                .build();
        long auditBefore = AuditRows.total(regionA);

        Reply refused = api.post(STUDENTS, schoolOne, input).assertProblem(400, "validation");

        assertEquals(Set.of("snils", "birthDate", "citizenship", "identityDocument.series", "identityDocument.number",
                        "lastName", "registrationAddress", "representatives[0].snils", "representatives[0].birthDate"),
                listedFields(refused), refused::body);
        assertEquals("is not a valid SNILS (check number mismatch)", message(refused, "snils"));
        assertEquals("is not a valid SNILS (check number mismatch)", message(refused, "representatives[0].snils"));
        assertFalse(refused.body().contains(SnilsNumbers.withWrongCheck(snils)), "a refusal never repeats the SNILS");
        assertNothingStored(snils, parentSnils);
        assertEquals(auditBefore, AuditRows.total(regionA), "a refused registration is not journaled");
    }

    @Test
    void everyMissingRequiredFieldIsListed() {
        Reply refused = api.post(STUDENTS, schoolOne, Map.of()).assertProblem(400, "validation");

        assertEquals(Set.of("lastName", "firstName", "birthDate", "birthPlace", "sex", "snils", "citizenship",
                        "identityDocument", "registrationAddress", "residenceAddress"),
                Set.copyOf(refused.errorFields()), refused::body);
    }

    @Test
    void aMissingFieldOfARepresentativeIsNamedByItsPath() {
        String snils = SnilsNumbers.next();
        Map<String, Object> input = aStudent().with("snils", snils)
                .with("representatives", List.of(aRepresentative().build(),
                        aRepresentative().without("relation").without("identityDocument").build()))
                .build();

        Reply refused = api.post(STUDENTS, schoolOne, input).assertProblem(400, "validation");

        assertEquals(Set.of("representatives[1].relation", "representatives[1].identityDocument"), listedFields(refused),
                refused::body);
        assertNothingStored(snils);
    }

    @Test
    void documentsMustHaveTheShapeOfTheirType() {
        String snils = SnilsNumbers.next();
        Map<String, Object> latinSeries = aStudent().with("snils", snils)
                .with("identityDocument", Map.of("type", "BIRTH_CERTIFICATE", "series", "IV-AH", "number", "1234567")).build();
        Reply birthCertificate = api.post(STUDENTS, schoolOne, latinSeries).assertProblem(400, "validation");
        assertEquals(Set.of("identityDocument.series", "identityDocument.number"), Set.copyOf(birthCertificate.errorFields()));
        assertEquals("a birth certificate series looks like IV-АН", message(birthCertificate, "identityDocument.series"));

        Map<String, Object> noSeries = aStudent().with("snils", snils)
                .with("identityDocument", Map.of("type", "BIRTH_CERTIFICATE", "number", "123456")).build();
        assertEquals(List.of("identityDocument.series"),
                api.post(STUDENTS, schoolOne, noSeries).assertProblem(400, "validation").errorFields());

        Map<String, Object> badPassport = aStudent().with("snils", snils).with("birthDate", "2008-01-10")
                .with("identityDocument", Map.of("type", "PASSPORT", "series", "60 1", "number", "12345"))
                .with("representatives", List.of(aRepresentative()
                        .with("identityDocument", Map.of("type", "PASSPORT", "series", "601", "number", "1234567")).build()))
                .build();
        Reply passport = api.post(STUDENTS, schoolOne, badPassport).assertProblem(400, "validation");
        assertEquals(Set.of("identityDocument.series", "identityDocument.number",
                        "representatives[0].identityDocument.series", "representatives[0].identityDocument.number"),
                listedFields(passport), passport::body);
        assertEquals("a passport series has 4 digits", message(passport, "identityDocument.series"));
        assertNothingStored(snils);

        Map<String, Object> goodPassport = aStudent().with("snils", snils).with("birthDate", "2008-01-10")
                .with("identityDocument", Map.of("type", "PASSPORT", "series", "6020", "number", "765432")).build();
        JsonNode passportHolder = api.post(STUDENTS, schoolOne, goodPassport).assertStatus(201).json();
        assertEquals("6020", passportHolder.path("identityDocument").path("series").asText());

        Map<String, Object> foreign = aStudent().with("citizenship", "KZ")
                .with("identityDocument", Map.of("type", "FOREIGN_BIRTH_CERTIFICATE", "series", "N/A", "number", "KZ-77 0012")).build();
        api.post(STUDENTS, schoolOne, foreign).assertStatus(201);
    }

    @Test
    void citizenshipIsAnUpperCaseCountryCodeOrStateless() {
        for (String bad : List.of("ru", "RUS", "XX", "Stateless", "")) {
            String snils = SnilsNumbers.next();
            Reply refused = api.post(STUDENTS, schoolOne, aStudent().with("snils", snils).with("citizenship", bad).build())
                    .assertProblem(400, "validation");
            assertEquals(List.of("citizenship"), refused.errorFields(), () -> bad + ": " + refused.body());
            assertNothingStored(snils);
        }
        Reply parent = api.post(STUDENTS, schoolOne, aStudent()
                .with("representatives", List.of(aRepresentative().with("citizenship", "rus").build())).build())
                .assertProblem(400, "validation");
        assertEquals(Set.of("representatives[0].citizenship"), listedFields(parent), parent::body);

        JsonNode stateless = api.post(STUDENTS, schoolOne, aStudent().with("citizenship", "stateless").build()).assertStatus(201).json();
        assertEquals("stateless", stateless.path("citizenship").asText());
        assertEquals(List.of(List.of("stateless")),
                Sql.rows("select citizenship from region_" + regionA + ".student where id = ?::uuid", stateless.path("id").asText()));
    }

    @Test
    void anUnknownSexIsReportedAsTheFieldSex() {
        String snils = SnilsNumbers.next();

        Reply refused = api.post(STUDENTS, schoolOne, aStudent().with("snils", snils).with("sex", "X").build())
                .assertProblem(400, "validation");

        assertEquals(List.of("sex"), refused.errorFields());
        assertNothingStored(snils);
    }

    /** API.md: "every invalid field listed" holds when one of them is an unknown enum value too. */
    @Test
    void anUnknownSexIsListedTogetherWithTheOtherBadFields() {
        String snils = SnilsNumbers.next();
        Map<String, Object> input = aStudent().with("snils", SnilsNumbers.withWrongCheck(snils)).with("sex", "X")
                .with("birthDate", LocalDate.now().plusDays(3).toString()).build();

        Reply refused = api.post(STUDENTS, schoolOne, input).assertProblem(400, "validation");

        assertEquals(Set.of("sex", "snils", "birthDate"), Set.copyOf(refused.errorFields()), refused::body);
        assertNothingStored(snils);
    }

    /** API.md / FieldError: the field of a list element is {@code representatives[0].snils}. */
    @Test
    void aRepresentativesFieldsAreNamedByTheirJsonPath() {
        String snils = SnilsNumbers.next();
        Map<String, Object> input = aStudent().with("snils", snils)
                .with("representatives", List.of(
                        aRepresentative().with("snils", SnilsNumbers.withWrongCheck(SnilsNumbers.next()))
                                .with("identityDocument", Map.of("type", "PASSPORT", "series", "601", "number", "123456")).build(),
                        aRepresentative().without("relation").build()))
                .build();

        Reply refused = api.post(STUDENTS, schoolOne, input).assertProblem(400, "validation");

        assertEquals(Set.of("representatives[0].snils", "representatives[0].identityDocument.series", "representatives[1].relation"),
                Set.copyOf(refused.errorFields()), refused::body);
        assertNothingStored(snils);
    }

    @Test
    void aStudentHasZeroToFourRepresentatives() {
        JsonNode orphan = api.post(STUDENTS, schoolOne, aStudent().with("representatives", List.of()).build()).assertStatus(201).json();
        assertEquals(0, orphan.path("representatives").size());
        assertTrue(orphan.path("representatives").isArray());
        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".representative where student_id = ?::uuid",
                orphan.path("id").asText()));

        List<Object> four = new ArrayList<>();
        for (String relation : List.of("MOTHER", "FATHER", "GUARDIAN", "TRUSTEE")) {
            four.add(aRepresentative().with("relation", relation).build());
        }
        JsonNode family = api.post(STUDENTS, schoolOne, aStudent().with("representatives", four).build()).assertStatus(201).json();
        assertEquals(List.of("MOTHER", "FATHER", "GUARDIAN", "TRUSTEE"), relations(family));
        assertEquals(4, Sql.count("select count(*) from region_" + regionA + ".representative where student_id = ?::uuid",
                family.path("id").asText()));

        String snils = SnilsNumbers.next();
        List<Object> five = new ArrayList<>(four);
        five.add(aRepresentative().with("relation", "OTHER").build());
        Reply refused = api.post(STUDENTS, schoolOne, aStudent().with("snils", snils).with("representatives", five).build())
                .assertProblem(400, "validation");
        assertEquals(List.of("representatives"), refused.errorFields());
        assertNothingStored(snils);
    }

    // ---- SNILS uniqueness ---------------------------------------------------------------------

    @Test
    void aDuplicateSnilsNamesTheExistingStudentToThoseWhoMaySeeIt() {
        String snils = SnilsNumbers.next();
        String surname = UniqueWords.surname("Первова");
        String existing = api.post(STUDENTS, schoolOne, aStudent().with("snils", snils).with("lastName", surname).build())
                .assertStatus(201).json().path("id").asText();

        // Another written form of the same number is the same number.
        Reply sameSchool = api.post(STUDENTS, schoolOne, aStudent().with("snils", digits(snils)).build())
                .assertProblem(409, "duplicate-snils");
        assertEquals(existing, sameSchool.json().path("existingId").asText());

        Reply ministry = api.post(STUDENTS, ministryA, aStudent().with("snils", snils).build()).assertProblem(409, "duplicate-snils");
        assertEquals(existing, ministry.json().path("existingId").asText());

        Reply otherSchool = api.post(STUDENTS, schoolTwo, aStudent().with("snils", snils).build()).assertProblem(409, "duplicate-snils");
        assertTrue(otherSchool.json().path("existingId").isMissingNode(), otherSchool::body);
        assertFalse(otherSchool.body().contains(existing), otherSchool::body);
        assertFalse(otherSchool.body().contains(surname), otherSchool::body);
        assertFalse(otherSchool.body().contains(digits(snils).substring(0, 9)), otherSchool::body);

        assertEquals(List.of(List.of(existing)),
                Sql.rows("select id::text from region_" + regionA + ".student where snils = ?", digits(snils)));
        assertEquals(1, AuditRows.about(regionA, existing).size(), "only the creation is journaled");
    }

    @Test
    void concurrentRegistrationsOfOneSnilsLeaveOneStudentAndAnswer409ToTheRest() {
        String snils = SnilsNumbers.next();
        List<Reply> replies = Concurrently.run(6, caller -> api.post(STUDENTS, caller % 2 == 0 ? schoolOne : ministryA,
                aStudent().with("snils", snils).with("firstName", "Вариант" + caller).build()));

        assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(),
                () -> replies.stream().map(reply -> reply.status() + " " + reply.body()).toList().toString());
        replies.stream().filter(reply -> reply.status() != 201).forEach(reply -> reply.assertProblem(409, "duplicate-snils"));
        assertEquals(1, Sql.count("select count(*) from region_" + regionA + ".student where snils = ?", digits(snils)));
    }

    @Test
    void theSameSnilsMayBeRegisteredInAnotherRegion() {
        String snils = SnilsNumbers.next();
        String inA = api.post(STUDENTS, ministryA, aStudent().with("snils", snils).build()).assertStatus(201).json().path("id").asText();

        String inB = api.post(STUDENTS, ministryB, aStudent().with("snils", snils).with("firstName", "Мария").build())
                .assertStatus(201).json().path("id").asText();

        assertFalse(inA.equals(inB));
        assertEquals(List.of(List.of(inA, "Алёна")),
                Sql.rows("select id::text, first_name from region_" + regionA + ".student where snils = ?", digits(snils)));
        assertEquals(List.of(List.of(inB, "Мария")),
                Sql.rows("select id::text, first_name from region_" + regionB + ".student where snils = ?", digits(snils)));
        assertEquals(List.of(new AuditRows.Row("CREATE", "education-ministry", null, "student", inB, FULL_VIEW)),
                AuditRows.about(regionB, inB));
        assertEquals(List.of(), AuditRows.about(regionA, inB));
    }

    // ---- read and update ----------------------------------------------------------------------

    @Test
    void aStudentIsReadWithItsVersionAsETagAndTheReadIsJournaled() {
        JsonNode created = api.post(STUDENTS, schoolOne, aStudent().build()).assertStatus(201).json();
        String id = created.path("id").asText();

        Reply bySchool = api.get(STUDENTS + "/" + id, schoolOne).assertStatus(200);
        assertEquals(created, bySchool.json());
        assertEquals("\"0\"", bySchool.header("ETag"));
        Reply byMinistry = api.get(STUDENTS + "/" + id, ministryA).assertStatus(200);
        assertEquals(created, byMinistry.json());

        assertEquals(List.of(new AuditRows.Row("CREATE", "school-operator", orgOne, "student", id, FULL_VIEW),
                        new AuditRows.Row("READ", "school-operator", orgOne, "student", id, FULL_VIEW),
                        new AuditRows.Row("READ", "education-ministry", null, "student", id, FULL_VIEW)),
                AuditRows.about(regionA, id));
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        api.get(STUDENTS + "/" + UUID.randomUUID(), ministryA).assertProblem(404, "not-found");
        api.get(STUDENTS + "/12345", ministryA).assertProblem(404, "not-found");
        Updates.putIfMatch(api, STUDENTS + "/" + UUID.randomUUID(), ministryA, "\"0\"", aStudent().build()).assertProblem(404, "not-found");
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndBumpsIt() {
        Map<String, Object> input = aStudent().build();
        String id = api.post(STUDENTS, schoolOne, input).assertStatus(201).json().path("id").asText();
        String path = STUDENTS + "/" + id;
        Map<String, Object> changed = aStudent().with("snils", input.get("snils")).with("lastName", "Смирнова")
                .with("middleName", null)
                .with("representatives", List.of(aRepresentative().build(), aRepresentative().with("relation", "FATHER")
                        .with("firstName", "Сергей").build()))
                .build();

        api.put(path, schoolOne, changed).assertProblem(428, "if-match-required");
        Updates.putIfMatch(api, path, schoolOne, "\"4\"", changed).assertProblem(412, "stale-version");
        assertEquals(List.of(List.of("Иванова", 0L)), Sql.rows("select last_name, version from region_" + regionA + ".student where id = ?::uuid", id));
        assertEquals(List.of(), AuditRows.about(regionA, id, "UPDATE"));

        Reply updated = Updates.putIfMatch(api, path, schoolOne, "\"0\"", changed).assertStatus(200);
        JsonNode body = updated.json();
        assertEquals(FULL_VIEW, JsonFields.of(body));
        assertEquals(1, body.path("version").asLong());
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals("Смирнова", body.path("lastName").asText());
        assertTrue(body.path("middleName").isNull(), body::toString);
        assertEquals(List.of("MOTHER", "FATHER"), relations(body));
        assertEquals(List.of(List.of("Смирнова", 1L)), Sql.rows("select last_name, version from region_" + regionA + ".student where id = ?::uuid", id));
        assertEquals(2, Sql.count("select count(*) from region_" + regionA + ".representative where student_id = ?::uuid", id));
        assertEquals(List.of(new AuditRows.Row("UPDATE", "school-operator", orgOne, "student", id, FULL_VIEW)),
                AuditRows.about(regionA, id, "UPDATE"));

        Reply read = api.get(path, schoolOne).assertStatus(200);
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals(body, read.json());

        Updates.putIfMatch(api, path, schoolOne, "\"0\"", input).assertProblem(412, "stale-version");
        Reply again = Updates.putIfMatch(api, path, ministryA, read.header("ETag"), input).assertStatus(200);
        assertEquals(2, again.json().path("version").asLong());
        assertEquals("Иванова", again.json().path("lastName").asText());
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        Map<String, Object> input = aStudent().build();
        String id = api.post(STUDENTS, schoolOne, input).assertStatus(201).json().path("id").asText();

        Map<String, Object> bad = aStudent().with("snils", SnilsNumbers.withWrongCheck((String) input.get("snils")))
                .with("lastName", "Смирнова").with("sex", "F").with("birthDate", LocalDate.now().plusDays(1).toString()).build();
        Reply refused = Updates.putIfMatch(api, STUDENTS + "/" + id, schoolOne, "\"0\"", bad).assertProblem(400, "validation");

        assertEquals(Set.of("snils", "birthDate"), Set.copyOf(refused.errorFields()));
        assertEquals(List.of(List.of("Иванова", digits((String) input.get("snils")), 0L)),
                Sql.rows("select last_name, snils, version from region_" + regionA + ".student where id = ?::uuid", id));
        assertEquals(List.of(), AuditRows.about(regionA, id, "UPDATE"));
    }

    @Test
    void anUpdateCannotTakeTheSnilsOfAnotherStudent() {
        Map<String, Object> first = aStudent().build();
        String firstId = api.post(STUDENTS, ministryA, first).assertStatus(201).json().path("id").asText();
        Map<String, Object> second = aStudent().build();
        String secondId = api.post(STUDENTS, ministryA, second).assertStatus(201).json().path("id").asText();

        Map<String, Object> clash = aStudent().with("snils", first.get("snils")).build();
        Reply refused = Updates.putIfMatch(api, STUDENTS + "/" + secondId, ministryA, "\"0\"", clash).assertProblem(409, "duplicate-snils");

        assertEquals(firstId, refused.json().path("existingId").asText());
        assertEquals(List.of(List.of(digits((String) second.get("snils")), 0L)),
                Sql.rows("select snils, version from region_" + regionA + ".student where id = ?::uuid", secondId));
    }

    // ---- lookup and search --------------------------------------------------------------------

    @Test
    void anExactLookupBySnilsFindsZeroOrOneStudent() {
        Map<String, Object> input = aStudent().build();
        String snils = (String) input.get("snils");
        String id = api.post(STUDENTS, ministryA, input).assertStatus(201).json().path("id").asText();

        JsonNode found = api.get(STUDENTS + "?snils=" + enc(snils), ministryA).assertStatus(200).json();
        assertEquals(1, found.path("items").size());
        assertEquals(id, found.path("items").get(0).path("id").asText());
        assertEquals(FULL_VIEW, JsonFields.of(found.path("items").get(0)));
        assertEquals(1, found.path("total").asLong());
        assertEquals(List.of(new AuditRows.Row("SEARCH", "education-ministry", null, "student", id, FULL_VIEW)),
                AuditRows.about(regionA, id, "SEARCH"));

        JsonNode byDigits = api.get(STUDENTS + "?snils=" + digits(snils), ministryA).assertStatus(200).json();
        assertEquals(id, byDigits.path("items").get(0).path("id").asText());

        JsonNode none = api.get(STUDENTS + "?snils=" + enc(SnilsNumbers.next()), ministryA).assertStatus(200).json();
        assertEquals(0, none.path("items").size());
        assertTrue(none.path("items").isArray());
        assertEquals(0, none.path("total").asLong());

        assertEquals(List.of("snils"), api.get(STUDENTS + "?snils=" + enc(SnilsNumbers.withWrongCheck(snils)), ministryA)
                .assertProblem(400, "validation").errorFields());
        assertEquals(List.of("snils"), api.get(STUDENTS + "?snils=123", ministryA).assertProblem(400, "validation").errorFields());
    }

    @Test
    void searchMatchesAPrefixOfTheFullNameIgnoringCaseAndYo() {
        String born = uniqueBirthDate();
        String alyona = register("Иванова", "Алёна", "Сергеевна", born);
        String alla = register("Иванова", "Алла", "Петровна", born);
        String alexey = register("Иванов", "Алексей", null, born);
        String petrova = register("Петрова", "Алёна", "Игоревна", born);

        assertEquals(Set.of(alyona, alla), ids(search("иванова ал", born)));
        assertEquals(1, AuditRows.about(regionA, alyona, "SEARCH").size(), "one SEARCH event per student returned");
        assertEquals(1, AuditRows.about(regionA, alla, "SEARCH").size());
        assertEquals(0, AuditRows.about(regionA, alexey, "SEARCH").size(), "a student not returned is not journaled");
        assertEquals(FULL_VIEW, AuditRows.about(regionA, alyona, "SEARCH").get(0).fields());

        assertEquals(Set.of(alyona), ids(search("ИВАНОВА АЛЕНА", born)));
        assertEquals(Set.of(alyona), ids(search("Иванова Алёна Сергеевна", born)));
        assertEquals(Set.of(alyona, alla, alexey), ids(search("иванов", born)));
        assertEquals(Set.of(alexey), ids(search("иванов алексей", born)));
        assertEquals(Set.of(), ids(search("алёна", born)), "the first name alone is no prefix of the full name");
        assertEquals(Set.of(), ids(search("ванова", born)), "a substring inside the name is no prefix");
        assertEquals(Set.of(), ids(search("иванов%", born)), "LIKE wildcards match literally");
        assertEquals(Set.of(), ids(search("_ванова", born)), "LIKE wildcards match literally");
        assertEquals(Set.of(alyona, alla, alexey, petrova), ids(search(null, born)));
        assertEquals(4, search(null, born).path("total").asLong());

        JsonNode firstPage = api.get(STUDENTS + "?q=" + enc("иванов") + "&birthDate=" + born + "&page=0&size=2", ministryA)
                .assertStatus(200).json();
        JsonNode secondPage = api.get(STUDENTS + "?q=" + enc("иванов") + "&birthDate=" + born + "&page=1&size=2", ministryA)
                .assertStatus(200).json();
        assertEquals(2, firstPage.path("items").size());
        assertEquals(1, secondPage.path("items").size());
        assertEquals(3, firstPage.path("total").asLong());
        assertEquals(3, secondPage.path("total").asLong());
        assertEquals(1, secondPage.path("page").asInt());
        assertEquals(2, secondPage.path("size").asInt());
        Set<String> both = new TreeSet<>(ids(firstPage));
        both.addAll(ids(secondPage));
        assertEquals(Set.of(alyona, alla, alexey), both);
    }

    @Test
    void theNameAloneFindsAcrossBirthDates() {
        String surname = UniqueWords.surname("Ёлкина");
        String one = register(surname, "Дарья", null, uniqueBirthDate());
        String two = register(surname, "Дарина", null, uniqueBirthDate());

        String lowerYo = surname.toLowerCase().replace('ё', 'е');
        assertEquals(Set.of(one, two), ids(search(lowerYo + " дар", null)));
        assertEquals(Set.of(one), ids(search(surname.toUpperCase() + " ДАРЬЯ", null)));
        assertEquals(Set.of(), ids(search(surname, "2001-01-01")), "both criteria apply together");
    }

    @Test
    void aSearchNeedsACriterionAndValidParameters() {
        assertEquals(List.of("q"), api.get(STUDENTS, ministryA).assertProblem(400, "validation").errorFields());
        api.get(STUDENTS + "?q=%20%20", ministryA).assertProblem(400, "validation");
        assertEquals(List.of("birthDate"), api.get(STUDENTS + "?birthDate=17.05.2014", ministryA)
                .assertProblem(400, "validation").errorFields());
        assertEquals(List.of("size"), api.get(STUDENTS + "?q=x&size=0", ministryA).assertProblem(400, "validation").errorFields());
        assertEquals(List.of("page"), api.get(STUDENTS + "?q=x&page=-1", ministryA).assertProblem(400, "validation").errorFields());
    }

    @Test
    void aSchoolOperatorListsItsRosterWithoutCriteria() {
        String mine = api.post(STUDENTS, schoolOne, aStudent().with("birthDate", uniqueBirthDate()).build()).assertStatus(201).json().path("id").asText();
        String theirs = api.post(STUDENTS, schoolTwo, aStudent().with("birthDate", uniqueBirthDate()).build()).assertStatus(201).json().path("id").asText();

        Set<String> roster = new TreeSet<>();
        JsonNode page = api.get(STUDENTS + "?size=200", schoolOne).assertStatus(200).json();
        page.path("items").forEach(item -> roster.add(item.path("id").asText()));
        assertTrue(roster.contains(mine), "its own student is listed");
        assertFalse(roster.contains(theirs), "another organization's student is not");
        assertEquals(Math.min(page.path("total").asLong(), 200L), (long) roster.size());
        // The ministry's scope is the whole region: it still has to name someone.
        api.get(STUDENTS, ministryA).assertProblem(400, "validation");
    }

    // ---- regions ------------------------------------------------------------------------------

    @Test
    void aStudentOfOneRegionDoesNotExistForAnother() {
        String born = uniqueBirthDate();
        Map<String, Object> input = aStudent().with("birthDate", born).build();
        String id = api.post(STUDENTS, ministryA, input).assertStatus(201).json().path("id").asText();
        long auditInB = AuditRows.total(regionB);

        api.get(STUDENTS + "/" + id, ministryB).assertProblem(404, "not-found");
        api.get(STUDENTS + "/" + id, Tokens.healthMinistry(regionB)).assertProblem(404, "not-found");
        Updates.putIfMatch(api, STUDENTS + "/" + id, ministryB, "\"0\"", aStudent().with("lastName", "Чужая").build())
                .assertProblem(404, "not-found");
        JsonNode lookup = api.get(STUDENTS + "?snils=" + enc((String) input.get("snils")), ministryB).assertStatus(200).json();
        assertEquals(0, lookup.path("items").size());
        assertEquals(0, search("иванова", born, ministryB).path("total").asLong());

        assertEquals(List.of(List.of("Иванова", 0L)), Sql.rows("select last_name, version from region_" + regionA + ".student where id = ?::uuid", id));
        assertEquals(auditInB, AuditRows.total(regionB), "nothing about another region's student is journaled");
        assertEquals(List.of("CREATE"), AuditRows.about(regionA, id).stream().map(AuditRows.Row::action).toList());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String register(String lastName, String firstName, String middleName, String birthDate) {
        return api.post(STUDENTS, ministryA, aStudent().with("lastName", lastName).with("firstName", firstName)
                .with("middleName", middleName).with("birthDate", birthDate).build()).assertStatus(201).json().path("id").asText();
    }

    private static JsonNode search(String q, String birthDate) {
        return search(q, birthDate, ministryA);
    }

    static JsonNode search(String q, String birthDate, String token) {
        StringBuilder query = new StringBuilder(STUDENTS + "?size=50");
        if (q != null) {
            query.append("&q=").append(enc(q));
        }
        if (birthDate != null) {
            query.append("&birthDate=").append(birthDate);
        }
        return api.get(query.toString(), token).assertStatus(200).json();
    }

    static Set<String> ids(JsonNode page) {
        Set<String> ids = new TreeSet<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> relations(JsonNode student) {
        List<String> relations = new ArrayList<>();
        student.path("representatives").forEach(r -> relations.add(r.path("relation").asText()));
        return relations;
    }

    static String uniqueBirthDate() {
        return LocalDate.of(2009, 1, 1).plusDays(DAY.getAndIncrement()).toString();
    }

    private static void assertNothingStored(String... snilsNumbers) {
        for (String snils : snilsNumbers) {
            assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".student where snils = ?", digits(snils)));
            assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".representative where snils = ?", digits(snils)));
        }
    }

    static String digits(String snils) {
        return snils.replaceAll("\\D", "");
    }

    /** {@code 123-456-789 01} written {@code 123 456 789 01}. */
    private static String spaced(String formatted) {
        return formatted.replace('-', ' ');
    }

    static String message(Reply reply, String field) {
        for (JsonNode error : reply.json().path("errors")) {
            if (field.equals(jsonPath(error.path("field").asText()))) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + ": " + reply.body());
    }

    /**
     * The fields a 400 lists, with the element of a list named as API.md names it. The server
     * currently writes {@code representatives.snils[0]} for {@code representatives[0].snils}; this
     * reads both, so that these tests check WHICH fields are listed, while
     * {@link #aRepresentativesFieldsAreNamedByTheirJsonPath()} pins the notation itself.
     */
    static Set<String> listedFields(Reply reply) {
        Set<String> fields = new TreeSet<>();
        reply.errorFields().forEach(field -> fields.add(jsonPath(field)));
        return fields;
    }

    private static String jsonPath(String field) {
        return MISPLACED_INDEX.matcher(field).replaceFirst("$1[$3].$2$4");
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
