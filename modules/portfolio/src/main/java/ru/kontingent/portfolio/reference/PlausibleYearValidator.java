package ru.kontingent.portfolio.reference;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.Year;

/** Checks {@link PlausibleYear}: 2000 up to next year by the server's clock. */
public class PlausibleYearValidator implements ConstraintValidator<PlausibleYear, Integer> {

    public static final int FIRST = 2000;

    @Override
    public boolean isValid(Integer year, ConstraintValidatorContext context) {
        return year == null || isPlausible(year, Clock.systemDefaultZone());
    }

    public static boolean isPlausible(int year, Clock clock) {
        return year >= FIRST && year <= Year.now(clock).getValue() + 1;
    }
}
