package ru.kontingent.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.Concurrently;
import ru.kontingent.server.testing.JsonFields;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.Sql;
import ru.kontingent.server.testing.Tokens;
import ru.kontingent.server.testing.UniqueWords;
import ru.kontingent.server.testing.Updates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.kontingent.server.testing.RegistryData.anOrganization;
import static ru.kontingent.server.testing.RegistryData.nextInn;
import static ru.kontingent.server.testing.RegistryData.ogrnFor;

/**
 * The region's register of educational organizations: the education ministry registers, valid
 * INN/OGRN/KPP only, one INN per region, list and search, optimistic updates by the ministry or
 * the organization's own school operator, and nothing of one region visible from another.
 */
class OrganizationRegisterIT extends KontingentIT {

    private static final String ORGANIZATIONS = "/api/registry/organizations";
    private static final Set<String> VIEW = Set.of("id", "version", "inn", "ogrn", "kpp", "fullName", "shortName",
            "kind", "municipality", "address");

    private static String regionA;
    private static String regionB;
    private static String ministryA;
    private static String ministryB;

    @BeforeAll
    static void twoRegions() {
        regionA = Regions.onboard(api, "org_a", 1);
        regionB = Regions.onboard(api, "org_b", 1);
        ministryA = Tokens.educationMinistry(regionA);
        ministryB = Tokens.educationMinistry(regionB);
    }

    @Test
    void theMinistryRegistersAnOrganizationInItsOwnRegion() {
        Map<String, Object> input = anOrganization().with("kpp", "6164AB001").with("kind", "COLLEGE").build();

        Reply created = api.post(ORGANIZATIONS, ministryA, input).assertStatus(201);

        JsonNode body = created.json();
        String id = body.path("id").asText();
        UUID.fromString(id);
        assertEquals(VIEW, JsonFields.of(body));
        assertEquals(0, body.path("version").asLong());
        for (String field : List.of("inn", "ogrn", "kpp", "fullName", "shortName", "kind", "municipality", "address")) {
            assertEquals(input.get(field), body.path(field).asText(), field);
        }
        assertEquals("\"0\"", created.header("ETag"));
        String location = created.header("Location");
        assertNotNull(location, "Location");
        assertTrue(location.endsWith(ORGANIZATIONS + "/" + id), location);

        Reply read = api.get(ORGANIZATIONS + "/" + id, ministryA).assertStatus(200);
        assertEquals(body, read.json());
        assertEquals("\"0\"", read.header("ETag"));

        assertEquals(List.of(List.of(input.get("inn"), input.get("ogrn"), "6164AB001", input.get("fullName"), "COLLEGE", 0L)),
                Sql.rows("select inn, ogrn, kpp, full_name, kind, version from region_" + regionA + ".organization where id = ?::uuid", id));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB + ".organization where id = ?::uuid or inn = ?", id, input.get("inn")));
    }

    @Test
    void kppAndShortNameAreOptional() {
        Map<String, Object> input = anOrganization().without("kpp").without("shortName").build();

        JsonNode body = api.post(ORGANIZATIONS, ministryA, input).assertStatus(201).json();

        assertTrue(body.path("kpp").isNull() || body.path("kpp").isMissingNode(), body::toString);
        assertTrue(body.path("shortName").isNull() || body.path("shortName").isMissingNode(), body::toString);
        assertEquals(1, Sql.count("select count(*) from region_" + regionA + ".organization where inn = ? and kpp is null and short_name is null",
                input.get("inn")));
    }

    @Test
    void onlyTheEducationMinistryRegisters() {
        Map<String, Object> input = anOrganization().build();
        String someOrg = UUID.randomUUID().toString();

        for (String token : List.of(Tokens.schoolOperator(regionA, someOrg), Tokens.healthMinistry(regionA),
                Tokens.regionalAdmin(regionA), Tokens.citizen(regionA, "112-233-445 95"))) {
            api.post(ORGANIZATIONS, token, input).assertProblem(403, "forbidden");
        }
        Reply federal = api.post(ORGANIZATIONS, Tokens.federalOperator(), input);
        assertEquals(403, federal.status(), federal::body);

        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".organization where inn = ?", input.get("inn")));
    }

    @Test
    void everyInvalidFieldIsListedAndNothingIsStored() {
        String inn = nextInn();
        String badInn = inn.substring(0, 9) + (char) ('0' + (inn.charAt(9) - '0' + 1) % 10);
        String ogrn = ogrnFor(inn);
        String badOgrn = ogrn.substring(0, 12) + (char) ('0' + (ogrn.charAt(12) - '0' + 1) % 10);
        Map<String, Object> input = anOrganization()
                .with("inn", badInn)
                .with("ogrn", badOgrn)
                .with("kpp", "6164ab001")
                .with("fullName", "  ")
                .without("kind")
                .without("municipality")
                .with("address", "")
                .build();

        Reply refused = api.post(ORGANIZATIONS, ministryA, input).assertProblem(400, "validation");

        assertEquals(Set.of("inn", "ogrn", "kpp", "fullName", "kind", "municipality", "address"), Set.copyOf(refused.errorFields()));
        assertEquals("is not a valid INN (check number mismatch)", message(refused, "inn"));
        assertEquals("is not a valid OGRN (check number mismatch)", message(refused, "ogrn"));
        assertTrue(message(refused, "kpp").startsWith("is not a valid KPP"), () -> message(refused, "kpp"));
        assertFalse(refused.body().contains(badInn), "a refusal never repeats the identifier");
        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".organization where inn in (?, ?)", inn, badInn));
    }

    @Test
    void identifiersOfIndividualsAndMalformedOnesAreRefused() {
        Reply refused = api.post(ORGANIZATIONS, ministryA, anOrganization()
                .with("inn", "500100732259")          // a person's 12-digit INN
                .with("ogrn", "304500116000157")      // an entrepreneur's 15-digit OGRNIP
                .with("kpp", "61640100")              // 8 characters
                .build()).assertProblem(400, "validation");

        assertEquals(Set.of("inn", "ogrn", "kpp"), Set.copyOf(refused.errorFields()));
        assertTrue(message(refused, "inn").contains("individual"), () -> message(refused, "inn"));
        assertTrue(message(refused, "ogrn").contains("entrepreneur"), () -> message(refused, "ogrn"));
        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".organization where inn = '500100732259'"));
    }

    @Test
    void anUnknownKindIsAValidationError() {
        Map<String, Object> input = anOrganization().with("kind", "UNIVERSITY").build();

        Reply refused = api.post(ORGANIZATIONS, ministryA, input).assertProblem(400, "validation");

        assertEquals(List.of("kind"), refused.errorFields());
        assertEquals(0, Sql.count("select count(*) from region_" + regionA + ".organization where inn = ?", input.get("inn")));
    }

    @Test
    void anInnIsRegisteredOncePerRegionButMayRecurInAnother() {
        Map<String, Object> first = anOrganization().build();
        String inn = (String) first.get("inn");
        String firstId = api.post(ORGANIZATIONS, ministryA, first).assertStatus(201).json().path("id").asText();

        Map<String, Object> again = anOrganization().with("inn", inn).with("fullName", "Другая школа").build();
        Reply duplicate = api.post(ORGANIZATIONS, ministryA, again).assertProblem(409, "duplicate-inn");
        assertTrue(duplicate.json().path("detail").asText().contains(firstId), duplicate::body);
        assertEquals(List.of(List.of(firstId)),
                Sql.rows("select id::text from region_" + regionA + ".organization where inn = ?", inn));

        String otherRegionId = api.post(ORGANIZATIONS, ministryB, again).assertStatus(201).json().path("id").asText();
        assertEquals(List.of(List.of(otherRegionId, "Другая школа")),
                Sql.rows("select id::text, full_name from region_" + regionB + ".organization where inn = ?", inn));
        assertEquals(1, Sql.count("select count(*) from region_" + regionA + ".organization where inn = ?", inn));
    }

    /** API.md: a duplicate is a 409, never a 500, also when two registrations race past the INN check. */
    @Test
    void concurrentRegistrationsOfOneInnLeaveOneOrganizationAndAnswer409ToTheRest() {
        String inn = nextInn();
        List<Reply> replies = Concurrently.run(6, caller -> api.post(ORGANIZATIONS, ministryA,
                anOrganization().with("inn", inn).with("ogrn", ogrnFor(inn)).with("fullName", "Школа " + caller).build()));

        assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), () -> statuses(replies));
        replies.stream().filter(reply -> reply.status() != 201).forEach(reply -> reply.assertProblem(409, "duplicate-inn"));
        assertEquals(1, Sql.count("select count(*) from region_" + regionA + ".organization where inn = ?", inn));
    }

    @Test
    void theListFiltersByMunicipalityAndSearchesNamesAndInnIgnoringCaseAndYo() {
        String town = "Азов-" + UniqueWords.tail();
        String otherTown = "Батайск-" + UniqueWords.tail();
        String marker = UniqueWords.tail();
        Map<String, Object> lyceum = anOrganization().with("municipality", town)
                .with("fullName", "МБОУ Лицей Ёлочка " + marker).with("shortName", "Лицей " + marker).build();
        Map<String, Object> school = anOrganization().with("municipality", town)
                .with("fullName", "МБОУ СОШ № 5 " + marker).with("shortName", "Школа Берёзка").build();
        Map<String, Object> elsewhere = anOrganization().with("municipality", otherTown)
                .with("fullName", "Гимназия Ёлочка " + marker).with("shortName", null).build();
        String lyceumId = create(lyceum);
        String schoolId = create(school);
        String elsewhereId = create(elsewhere);

        JsonNode inTown = list("?municipality=" + enc(town), ministryA);
        assertEquals(2, inTown.path("total").asLong());
        assertEquals(Set.of(lyceumId, schoolId), ids(inTown));
        assertEquals(0, inTown.path("page").asInt());
        assertEquals(VIEW, JsonFields.of(inTown.path("items").get(0)));

        // q: case- and ё/е-insensitive substring of the full name ...
        assertEquals(Set.of(lyceumId, elsewhereId), ids(list("?q=" + enc("ЕЛОЧКА " + marker.toUpperCase()), ministryA)));
        assertEquals(Set.of(lyceumId), ids(list("?q=" + enc("елочка") + "&municipality=" + enc(town), ministryA)));
        // ... of the short name only ...
        assertEquals(Set.of(schoolId), ids(list("?q=" + enc("школа березка") + "&municipality=" + enc(town), ministryA)));
        // ... or of the INN.
        String inn = (String) elsewhere.get("inn");
        assertEquals(Set.of(elsewhereId), ids(list("?q=" + inn.substring(2, 9) + "&municipality=" + enc(otherTown), ministryA)));
        assertEquals(0, list("?q=" + inn.substring(2, 9) + "&municipality=" + enc(town), ministryA).path("total").asLong());
        assertEquals(0, list("?q=" + enc("нет-такой-" + marker), ministryA).path("total").asLong());

        JsonNode secondPage = list("?municipality=" + enc(town) + "&page=1&size=1", ministryA);
        assertEquals(1, secondPage.path("items").size());
        assertEquals(2, secondPage.path("total").asLong());
        assertEquals(1, secondPage.path("page").asInt());
        assertEquals(1, secondPage.path("size").asInt());
        JsonNode firstPage = list("?municipality=" + enc(town) + "&page=0&size=1", ministryA);
        assertEquals(Set.of(lyceumId, schoolId), union(ids(firstPage), ids(secondPage)));

        // Every role of the region may read the register; another region sees none of it.
        assertEquals(2, list("?municipality=" + enc(town), Tokens.schoolOperator(regionA, schoolId)).path("total").asLong());
        assertEquals(2, list("?municipality=" + enc(town), Tokens.healthMinistry(regionA)).path("total").asLong());
        JsonNode fromB = list("?q=" + marker, ministryB);
        assertEquals(0, fromB.path("total").asLong());
        assertEquals(0, fromB.path("items").size());
    }

    @Test
    void oneOrganizationIsReadInItsRegionAndNotFoundElsewhere() {
        String id = create(anOrganization().build());

        api.get(ORGANIZATIONS + "/" + id, Tokens.schoolOperator(regionA, id)).assertStatus(200);
        api.get(ORGANIZATIONS + "/" + id, Tokens.healthMinistry(regionA)).assertStatus(200);

        api.get(ORGANIZATIONS + "/" + id, ministryB).assertProblem(404, "not-found");
        api.get(ORGANIZATIONS + "/" + UUID.randomUUID(), ministryA).assertProblem(404, "not-found");
        api.get(ORGANIZATIONS + "/not-a-uuid", ministryA).assertProblem(404, "not-found");
    }

    @Test
    void anUpdateNeedsTheCurrentVersionInIfMatch() {
        Map<String, Object> input = anOrganization().build();
        String id = create(input);
        String path = ORGANIZATIONS + "/" + id;
        Map<String, Object> renamed = anOrganization().with("inn", input.get("inn")).with("ogrn", input.get("ogrn"))
                .with("fullName", "МБОУ Гимназия № 1").build();

        api.put(path, ministryA, renamed).assertProblem(428, "if-match-required");
        putIfMatch(path, ministryA, "\"7\"", renamed).assertProblem(412, "stale-version");
        assertEquals(List.of(List.of(input.get("fullName"), 0L)),
                Sql.rows("select full_name, version from region_" + regionA + ".organization where id = ?::uuid", id));

        Reply updated = putIfMatch(path, ministryA, "\"0\"", renamed).assertStatus(200);
        assertEquals("МБОУ Гимназия № 1", updated.json().path("fullName").asText());
        assertEquals(1, updated.json().path("version").asLong());
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals(List.of(List.of("МБОУ Гимназия № 1", 1L)),
                Sql.rows("select full_name, version from region_" + regionA + ".organization where id = ?::uuid", id));

        putIfMatch(path, ministryA, "\"0\"", input).assertProblem(412, "stale-version");
        assertEquals("МБОУ Гимназия № 1", api.get(path, ministryA).assertStatus(200).json().path("fullName").asText());
    }

    @Test
    void aSchoolOperatorCorrectsItsOwnOrganizationOnly() {
        Map<String, Object> input = anOrganization().build();
        String id = create(input);
        String otherId = create(anOrganization().build());
        String path = ORGANIZATIONS + "/" + id;
        Map<String, Object> corrected = anOrganization().with("inn", input.get("inn")).with("ogrn", input.get("ogrn"))
                .with("address", "344002, г. Ростов-на-Дону, ул. Суворова, д. 3").build();

        putIfMatch(path, Tokens.schoolOperator(regionA, otherId), "\"0\"", corrected).assertProblem(403, "forbidden");
        putIfMatch(path, Tokens.healthMinistry(regionA), "\"0\"", corrected).assertProblem(403, "forbidden");
        assertEquals(List.of(List.of(input.get("address"), 0L)),
                Sql.rows("select address, version from region_" + regionA + ".organization where id = ?::uuid", id));

        Reply own = putIfMatch(path, Tokens.schoolOperator(regionA, id), "\"0\"", corrected).assertStatus(200);
        assertEquals(corrected.get("address"), own.json().path("address").asText());
        assertEquals(List.of(List.of(corrected.get("address"), 1L)),
                Sql.rows("select address, version from region_" + regionA + ".organization where id = ?::uuid", id));
    }

    @Test
    void anUpdateCannotTakeAnotherOrganizationsInnNorReachAnotherRegion() {
        Map<String, Object> input = anOrganization().build();
        String id = create(input);
        Map<String, Object> other = anOrganization().build();
        create(other);
        String path = ORGANIZATIONS + "/" + id;

        Map<String, Object> clash = anOrganization().with("inn", other.get("inn")).with("ogrn", other.get("ogrn")).build();
        putIfMatch(path, ministryA, "\"0\"", clash).assertProblem(409, "duplicate-inn");
        assertEquals(List.of(List.of(input.get("inn"), 0L)),
                Sql.rows("select inn, version from region_" + regionA + ".organization where id = ?::uuid", id));

        Map<String, Object> bad = anOrganization().with("inn", input.get("inn")).with("ogrn", "123").without("address").build();
        Reply invalid = putIfMatch(path, ministryA, "\"0\"", bad).assertProblem(400, "validation");
        assertEquals(Set.of("ogrn", "address"), Set.copyOf(invalid.errorFields()));

        Map<String, Object> fromB = anOrganization().with("inn", input.get("inn")).with("ogrn", input.get("ogrn"))
                .with("fullName", "Захват из другого региона").build();
        putIfMatch(path, ministryB, "\"0\"", fromB).assertProblem(404, "not-found");
        assertEquals(List.of(List.of(input.get("fullName"), 0L)),
                Sql.rows("select full_name, version from region_" + regionA + ".organization where id = ?::uuid", id));
        assertEquals(0, Sql.count("select count(*) from region_" + regionB + ".organization where id = ?::uuid", id));
    }

    private static String statuses(List<Reply> replies) {
        return replies.stream().map(reply -> reply.status() + " " + reply.body()).toList().toString();
    }

    private static String create(Map<String, Object> input) {
        return api.post(ORGANIZATIONS, ministryA, input).assertStatus(201).json().path("id").asText();
    }

    private static JsonNode list(String query, String token) {
        return api.get(ORGANIZATIONS + query, token).assertStatus(200).json();
    }

    private static Reply putIfMatch(String path, String token, String ifMatch, Map<String, Object> body) {
        return Updates.putIfMatch(api, path, token, ifMatch, body);
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new java.util.TreeSet<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    private static String message(Reply reply, String field) {
        for (JsonNode error : reply.json().path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + ": " + reply.body());
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
