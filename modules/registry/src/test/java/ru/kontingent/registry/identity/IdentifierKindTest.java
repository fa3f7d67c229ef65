package ru.kontingent.registry.identity;

import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifierKindTest {

    /** The validators swap in a specific message only while the annotation keeps this default. */
    @ParameterizedTest
    @CsvSource({
            "ru.kontingent.registry.identity.ValidSnils,       SNILS",
            "ru.kontingent.registry.identity.ValidInn,         INN",
            "ru.kontingent.registry.identity.ValidOgrn,        OGRN",
            "ru.kontingent.registry.identity.ValidKpp,         KPP",
            "ru.kontingent.registry.identity.ValidCitizenship, CITIZENSHIP",
    })
    void eachAnnotationDefaultsToItsKindsMessageAndFitsRequestRecords(Class<? extends Annotation> annotation,
            IdentifierKind kind) throws NoSuchMethodException {
        assertEquals(kind.constraintMessage(), annotation.getMethod("message").getDefaultValue());
        assertEquals(Set.of(ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
                        ElementType.RECORD_COMPONENT, ElementType.TYPE_USE),
                Set.of(annotation.getAnnotation(Target.class).value()));
        assertEquals(1, annotation.getAnnotation(Constraint.class).validatedBy().length);
    }

    /** Messages go to the engine as templates: braces, dollar signs and backslashes would be interpreted. */
    @ParameterizedTest
    @EnumSource(IdentifierKind.class)
    void everyMessageIsALiteralTemplate(IdentifierKind kind) {
        for (IdentifierFlaw flaw : IdentifierFlaw.values()) {
            String message = kind.constraintMessage(flaw);
            assertFalse(message.matches(".*[{}$\\\\].*"), message);
            assertTrue(message.startsWith(kind.constraintMessage()) || flaw == IdentifierFlaw.MISSING, message);
        }
    }

    @Test
    void refusalsNameTheKindAndTheFlaw() {
        assertEquals("not a valid SNILS (check number mismatch)",
                IdentifierKind.SNILS.refusal(IdentifierFlaw.CHECK_NUMBER_MISMATCH));
        assertEquals("is not a valid SNILS (check number mismatch)",
                IdentifierKind.SNILS.constraintMessage(IdentifierFlaw.CHECK_NUMBER_MISMATCH));
        assertEquals("no INN given", IdentifierKind.INN.refusal(IdentifierFlaw.MISSING));
        assertEquals("is not a valid KPP", IdentifierKind.KPP.constraintMessage());
    }
}
