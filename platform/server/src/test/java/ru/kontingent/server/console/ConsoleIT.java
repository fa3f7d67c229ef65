package ru.kontingent.server.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.kontingent.server.testing.Browser;
import ru.kontingent.server.testing.KeycloakServer;
import ru.kontingent.server.testing.Regions;
import ru.kontingent.server.testing.RegistryCalls;
import ru.kontingent.server.testing.RegistryData;
import ru.kontingent.server.testing.RestartableServer;
import ru.kontingent.server.testing.SecondServerIT;
import ru.kontingent.server.testing.SnilsNumbers;
import ru.kontingent.server.testing.TestEnvironment;
import ru.kontingent.server.testing.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real browser (Debian's headless Chromium) against a server that trusts a real
 * OIDC provider (Keycloak, standing in for ESIA) through its JWKS, issuer and audience checked.
 * Each role signs in through Keycloak's own login page (authorization code + PKCE), does its main
 * task end to end, and sees only its own sections. Data is arranged beforehand over the API on the
 * suite's server (same database); the console runs on the second ("restartable") server.
 */
class ConsoleIT extends SecondServerIT {

    private static final String CONSOLE = "http://127.0.0.1:" + TestEnvironment.restartHttpPort() + "/console";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String region;
    private String school;
    private String student;
    private String parentSnils;

    @Test
    void everyRoleSignsInThroughTheProviderAndDoesItsMainTask() throws IOException {
        assumeTrue(Browser.available(), Browser.unavailableReason());
        assumeTrue(KeycloakServer.home().isPresent(), "browser tests skipped: the Keycloak distribution was not unpacked (run through Maven)");
        arrangeRegion();
        KeycloakServer keycloak = KeycloakServer.start(CONSOLE);
        signUsersInto(keycloak);
        controller.start(CONTAINER, RestartableServer.configuration(properties -> trusting(keycloak, properties)));
        try {
            deployer.deploy(CONTAINER);
            step("education-ministry", this::educationMinistrySearchesAndReports);
            step("school-operator", this::schoolOperatorSeesItsStudentsAndImports);
            step("health-ministry", this::healthMinistryReadsTheRecord);
            step("regional-admin", this::regionalAdminMovesTheStageAndReadsTheJournal);
            step("federal-operator", this::federalOperatorSeesRegionsAndFieldErrors);
            step("citizen", this::parentSeesTheChildAndWhoLooked);
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }

    private void educationMinistrySearchesAndReports(Browser browser) {
        signIn(browser, "edu61");
        assertSections(browser, "students", "organizations", "reports");
        browser.type(By.cssSelector("#student-search input[name=q]"), "Соколова");
        browser.click(By.cssSelector("#student-search button[type=submit]"));
        browser.click(By.cssSelector("a.student-link"));
        browser.awaitText(By.id("student-name"), "Соколова");
        assertTrue(browser.text(By.id("student-details")).contains("Соколова"));
        browser.awaitText(By.id("trajectory-table"), "PRIMARY_GENERAL");
        browser.click(By.id("nav-reports"));
        browser.click(By.cssSelector("a[data-report='registry.contingent-by-level-grade-sex']"));
        browser.awaitText(By.id("report-table"), "PRIMARY_GENERAL");
        browser.await(By.id("download-csv"));
        browser.await(By.id("download-xlsx"));
        // English on request: the same screen, the same data, other words.
        browser.click(By.id("language"));
        browser.awaitText(By.id("nav-students"), "Students");
        browser.awaitText(By.id("report-table"), "PRIMARY_GENERAL");
        browser.click(By.id("language"));
        browser.awaitText(By.id("nav-students"), "Обучающиеся");
    }

    private void schoolOperatorSeesItsStudentsAndImports(Browser browser) throws IOException {
        signIn(browser, "school61");
        assertSections(browser, "students", "import");
        browser.awaitText(By.id("students-table"), "Соколова");
        browser.click(By.id("nav-import"));
        Path file = Files.createTempFile("console-import-", ".ndjson");
        Map<String, Object> good = RegistryData.aStudent().with("lastName", "Загрузкина").build();
        Map<String, Object> bad = RegistryData.aStudent().with("snils", "112-233-445 96").build();
        Files.writeString(file, JSON.writeValueAsString(good) + "\n" + JSON.writeValueAsString(bad) + "\n");
        browser.await(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector("#import-form button[type=submit]"));
        browser.awaitText(By.id("import-counts"), "Принято: 1");
        browser.awaitText(By.id("import-counts"), "Отклонено: 1");
        browser.awaitText(By.id("import-errors"), "snils");
    }

    private void healthMinistryReadsTheRecord(Browser browser) {
        signIn(browser, "health61");
        assertSections(browser, "health", "reports");
        browser.type(By.cssSelector("#student-search input[name=q]"), "Соколова");
        browser.click(By.cssSelector("#student-search button[type=submit]"));
        browser.click(By.cssSelector("a.student-link"));
        browser.awaitText(By.id("health-current"), "III");
        browser.awaitText(By.id("health-history"), "PREPARATORY");
    }

    private void regionalAdminMovesTheStageAndReadsTheJournal(Browser browser) {
        signIn(browser, "admin61");
        assertSections(browser, "stage", "audit");
        browser.awaitText(By.id("current-stage"), "2");
        browser.click(By.id("stage-3"));
        browser.awaitText(By.id("current-stage"), "3");
        browser.awaitText(By.id("stage-history"), "3");
        browser.click(By.id("nav-audit"));
        browser.type(By.cssSelector("#audit-filter input[name=subject]"), student);
        browser.click(By.cssSelector("#audit-filter button[type=submit]"));
        browser.awaitText(By.id("audit-table"), student);
    }

    private void federalOperatorSeesRegionsAndFieldErrors(Browser browser) {
        signIn(browser, "federal");
        assertSections(browser, "regions", "federal-reports");
        browser.awaitText(By.id("regions-table"), region);
        // The roll-up over all regions: aggregates only, with its chart's table.
        browser.click(By.id("nav-federal-reports"));
        browser.click(By.cssSelector("a[data-report='registry.contingent-by-level-grade-sex']"));
        browser.await(By.id("report-table"));
        browser.awaitText(By.id("report-regions"), region);
        browser.click(By.id("nav-regions"));
        browser.type(By.cssSelector("#onboard-form input[name=code]"), "Плохой код");
        browser.type(By.cssSelector("#onboard-form input[name=name]"), "Регион");
        browser.click(By.cssSelector("#onboard-form button[type=submit]"));
        // The API's message for the bad field is shown next to that field.
        assertFalse(browser.awaitNonBlank(By.cssSelector("#onboard-form .field-error[data-field=code]")).isBlank());
        // The API documentation beside the console: Swagger UI over the server's own /openapi.
        browser.click(By.id("api-docs"));
        browser.awaitText(By.cssSelector(".swagger-ui .info .title"), "Kontingent API");
        browser.awaitText(By.cssSelector(".swagger-ui"), "/api/platform/regions");
    }

    private void parentSeesTheChildAndWhoLooked(Browser browser) {
        signIn(browser, "parent");
        assertSections(browser, "children");
        browser.click(By.cssSelector("a.child-link"));
        browser.awaitText(By.id("child-name"), "Соколова");
        browser.awaitText(By.id("access-log-table"), "Министерство образования");
        // The journal may name health fields someone read; the card itself never holds health data.
        String card = browser.text(By.id("child-card"));
        assertFalse(card.contains("Группа здоровья") || card.contains("Группа по физкультуре"), "a parent never sees health data: " + card);
        assertTrue(card.contains("PRIMARY_GENERAL"), card);
    }

    // ------------------------------------------------------------------ set-up and helpers

    private void arrangeRegion() {
        region = Regions.onboard(api, "con", 2);
        RegistryCalls registry = new RegistryCalls(api, region);
        school = registry.organization();
        parentSnils = SnilsNumbers.next();
        student = registry.student(registry.ministry(), RegistryData.aChildOf(parentSnils).with("lastName", "Соколова").build());
        registry.enrolled(registry.ministry(), student, RegistryData.anEnrollment(school).build());
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("healthGroup", "III");
        health.put("peGroup", "PREPARATORY");
        health.put("adaptedProgramNeeded", false);
        health.put("longTermTreatmentNeeded", false);
        health.put("validFrom", "2025-09-01");
        api.put("/api/health/students/" + student, Tokens.healthMinistry(region), health).assertStatus(201);
    }

    private void signUsersInto(KeycloakServer keycloak) {
        for (String user : new String[] {"edu61", "health61", "admin61"}) {
            keycloak.setAttributes(user, Map.of("region", region));
        }
        keycloak.setAttributes("school61", Map.of("region", region, "org", school));
        keycloak.setAttributes("parent", Map.of("region", region, "snils", parentSnils.replaceAll("\\D", "")));
    }

    private static String trusting(KeycloakServer keycloak, String properties) {
        return properties
                .replaceAll("-Dmp\\.jwt\\.verify\\.publickey\\.location=\\S+", Matcher.quoteReplacement("-Dmp.jwt.verify.publickey.location=" + keycloak.jwksUrl()))
                .replaceAll("-Dmp\\.jwt\\.verify\\.issuer=\\S+", Matcher.quoteReplacement("-Dmp.jwt.verify.issuer=" + keycloak.issuer()))
                + " -Dkontingent.console.oidc.issuer=" + keycloak.issuer();
    }

    private static void signIn(Browser browser, String username) {
        browser.go(CONSOLE + "/");
        browser.click(By.id("sign-in"));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), KeycloakServer.PASSWORD);
        browser.click(By.id("kc-login"));
        browser.awaitText(By.id("who"), username);
    }

    private static void assertSections(Browser browser, String... expected) {
        browser.await(By.id("nav-" + expected[0]));
        String shown = String.join(",", browser.all(By.cssSelector("#nav a")).stream().map(a -> a.getAttribute("id").substring(4)).toList());
        assertEquals(String.join(",", expected), shown, "sections shown");
    }

    private interface Step {
        void run(Browser browser) throws IOException;
    }

    /** One role's flow in a fresh browser; on failure a screenshot is kept under target/console-screenshots. */
    private static void step(String name, Step flow) throws IOException {
        try (Browser browser = Browser.open("ru")) {
            try {
                flow.run(browser);
            } catch (AssertionError | RuntimeException | IOException e) {
                Path shot = browser.screenshot(name);
                throw new AssertionError(name + " failed at " + browser.currentUrl() + " (screenshot: " + shot + "): " + e.getMessage(), e);
            }
        }
    }
}
