package ru.kontingent.registry.identity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constraints run by the real Bean Validation engine over request records. */
class IdentifierConstraintsTest {

    record PupilInput(@NotNull @ValidSnils String snils, @ValidCitizenship String citizenship) {
    }

    record OrganizationInput(@ValidInn String inn, @ValidOgrn String ogrn, @ValidKpp String kpp) {
    }

    record RepresentativesInput(List<@ValidSnils String> snils) {
    }

    record LocalizedInput(@ValidSnils(message = "СНИЛС указан с ошибкой") String snils) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startTheEngine() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopTheEngine() {
        factory.close();
    }

    @Test
    void validValuesPass() {
        assertEquals(Map.of(), violations(new PupilInput("112-233-445 95", "RU")));
        assertEquals(Map.of(), violations(new PupilInput("11223344595", "stateless")));
        assertEquals(Map.of(), violations(new OrganizationInput("7707083893", "1027700132195", "773601001")));
        assertEquals(Map.of(), violations(new RepresentativesInput(List.of("112-233-458 00", "112-699-998 00"))));
    }

    @Test
    void nullIsLeftToNotNull() {
        assertEquals(Map.of(), violations(new OrganizationInput(null, null, null)));
        assertEquals(Map.of("snils", "must not be null"), violations(new PupilInput(null, null)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "112-233-445 96 | is not a valid SNILS (check number mismatch)",
            "001-001-999 00 | is not a valid SNILS (check number mismatch)",
            "112-233-445    | is not a valid SNILS (expected 11 digits, written XXXXXXXXXXX or XXX-XXX-XXX YY)",
            "112.233.445.95 | is not a valid SNILS (expected 11 digits, written XXXXXXXXXXX or XXX-XXX-XXX YY)",
    })
    void aSnilsViolationSaysWhetherTheFormatOrTheCheckNumberIsWrong(String snils, String message) {
        assertEquals(Map.of("snils", message), violations(new PupilInput(snils, "RU")));
    }

    @Test
    void anEmptySnilsIsMalformed() {
        assertEquals(Map.of("snils",
                        "is not a valid SNILS (expected 11 digits, written XXXXXXXXXXX or XXX-XXX-XXX YY)"),
                violations(new PupilInput("", "RU")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | is not a valid citizenship (expected an upper-case ISO 3166-1 alpha-2 country code such as RU, or \"stateless\")",
            "XX | is not a valid citizenship (not an ISO 3166-1 country code)",
    })
    void aCitizenshipViolationSaysWhatIsWrong(String citizenship, String message) {
        assertEquals(Map.of("citizenship", message), violations(new PupilInput("112-233-445 95", citizenship)));
    }

    @Test
    void organizationViolationsSayWhatIsWrongWithEachField() {
        assertEquals(Map.of(
                        "inn", "is not a valid INN (check number mismatch)",
                        "ogrn", "is not a valid OGRN (check number mismatch)",
                        "kpp", "is not a valid KPP (expected 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits)"),
                violations(new OrganizationInput("7707083894", "1027700132196", "7736ab001")));
        assertEquals(Map.of(
                        "inn", "is not a valid INN (a 12-digit INN belongs to an individual; an organization's INN has 10 digits)",
                        "ogrn", "is not a valid OGRN (a 15-digit OGRNIP belongs to an individual entrepreneur; an organization's OGRN has 13 digits)"),
                violations(new OrganizationInput("500100732259", "304500116000157", "773601001")));
        assertEquals(Map.of(
                        "inn", "is not a valid INN (expected the 10 digits of an organization's INN)",
                        "ogrn", "is not a valid OGRN (expected the 13 digits of an organization's OGRN)"),
                violations(new OrganizationInput("770708389", "10277001321", "773601001")));
    }

    @Test
    void eachBadFieldIsReportedOnceDespiteTheRecordCopyingItsAnnotations() {
        Set<ConstraintViolation<OrganizationInput>> found =
                validator.validate(new OrganizationInput("1", "2", "3"));
        assertEquals(3, found.size(), found::toString);
    }

    @Test
    void theMessageNeverRepeatsTheValue() {
        Set<ConstraintViolation<PupilInput>> found = validator.validate(new PupilInput("999-888-777 66", "QQ"));
        assertEquals(2, found.size());
        for (ConstraintViolation<PupilInput> violation : found) {
            assertFalse(violation.getMessage().contains("999"), violation.getMessage());
            assertFalse(violation.getMessage().contains("QQ"), violation.getMessage());
        }
    }

    @Test
    void aMessageChosenOnTheAnnotationIsKept() {
        assertEquals(Map.of("snils", "СНИЛС указан с ошибкой"), violations(new LocalizedInput("112-233-445 96")));
        assertEquals(Map.of("snils", "СНИЛС указан с ошибкой"), violations(new LocalizedInput("abc")));
        assertEquals(Map.of(), violations(new LocalizedInput("112-233-445 95")));
    }

    @Test
    void checksEachElementOfAList() {
        Set<ConstraintViolation<RepresentativesInput>> found = validator.validate(
                new RepresentativesInput(List.of("112-233-445 95", "112-233-445 96", "112-233-458 00")));
        assertEquals(1, found.size());
        ConstraintViolation<RepresentativesInput> violation = found.iterator().next();
        assertEquals("snils[1].<list element>", violation.getPropertyPath().toString());
        assertEquals("is not a valid SNILS (check number mismatch)", violation.getMessage());
    }

    @Test
    void checksConstructorParameters() throws NoSuchMethodException {
        Constructor<OrganizationInput> canonical =
                OrganizationInput.class.getDeclaredConstructor(String.class, String.class, String.class);
        Set<ConstraintViolation<OrganizationInput>> found = validator.forExecutables()
                .validateConstructorParameters(canonical, new Object[] {"7707083894", "1027700132195", "773601001"});
        assertEquals(1, found.size());
        ConstraintViolation<OrganizationInput> violation = found.iterator().next();
        assertEquals("OrganizationInput.inn", violation.getPropertyPath().toString());
        assertEquals("is not a valid INN (check number mismatch)", violation.getMessage());
    }

    @Test
    void acceptsAnyCharSequence() {
        SnilsConstraintValidator check = new SnilsConstraintValidator();
        assertTrue(check.isValid(new StringBuilder("112-233-445 95"), null));
        assertTrue(check.isValid(null, null));
    }

    /** Property path to message, one entry per violated property. */
    private static <T> Map<String, String> violations(T input) {
        Map<String, String> messages = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            String previous = messages.put(violation.getPropertyPath().toString(), violation.getMessage());
            assertEquals(null, previous, "two violations on " + violation.getPropertyPath());
        }
        return messages;
    }
}
