package ru.kontingent.health.record;

import ru.kontingent.platform.problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Date rules of a health record the annotations cannot state: each broken one is a field error. */
final class HealthRecordRules {

    private HealthRecordRules() {
    }

    static List<FieldError> check(LocalDate validFrom, LocalDate birthDate, DisabilityInput disability, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (validFrom.isAfter(today)) {
            errors.add(new FieldError("validFrom", "must not be in the future"));
        }
        if (birthDate != null && validFrom.isBefore(birthDate)) {
            errors.add(new FieldError("validFrom", "must not be before the student's birth date"));
        }
        if (disability != null && disability.from() != null && disability.to() != null && disability.to().isBefore(disability.from())) {
            errors.add(new FieldError("disability.to", "must not be before disability.from"));
        }
        if (disability != null && disability.from() != null && birthDate != null && disability.from().isBefore(birthDate)) {
            errors.add(new FieldError("disability.from", "must not be before the student's birth date"));
        }
        return errors;
    }
}
