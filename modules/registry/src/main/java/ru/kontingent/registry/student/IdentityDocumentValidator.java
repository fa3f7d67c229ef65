package ru.kontingent.registry.student;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/**
 * Russian documents have fixed shapes (DOMAIN.md): a birth certificate's series is a Roman numeral,
 * a hyphen and two Cyrillic capitals ({@code IV-АН}) with a 6-digit number; a passport has a
 * 4-digit series and a 6-digit number. Foreign and other documents are free-form.
 */
public class IdentityDocumentValidator implements ConstraintValidator<ValidIdentityDocument, IdentityDocumentInput> {

    private static final Pattern BIRTH_CERTIFICATE_SERIES = Pattern.compile("[IVXLC]{1,6}-[А-ЯЁ]{2}");
    private static final Pattern PASSPORT_SERIES = Pattern.compile("\\d{4}");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    @Override
    public boolean isValid(IdentityDocumentInput document, ConstraintValidatorContext context) {
        if (document == null || document.type() == null || document.number() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        switch (document.type()) {
            case BIRTH_CERTIFICATE -> {
                valid &= check(document.series() != null && BIRTH_CERTIFICATE_SERIES.matcher(document.series()).matches(),
                        "series", "a birth certificate series looks like IV-АН", context);
                valid &= check(SIX_DIGITS.matcher(document.number()).matches(), "number", "a birth certificate number has 6 digits", context);
            }
            case PASSPORT -> {
                valid &= check(document.series() != null && PASSPORT_SERIES.matcher(document.series()).matches(),
                        "series", "a passport series has 4 digits", context);
                valid &= check(SIX_DIGITS.matcher(document.number()).matches(), "number", "a passport number has 6 digits", context);
            }
            default -> {
                // Foreign documents: no shape to check beyond the field sizes.
            }
        }
        return valid;
    }

    private static boolean check(boolean ok, String field, String message, ConstraintValidatorContext context) {
        if (!ok) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        }
        return ok;
    }
}
