package ru.kontingent.portfolio.exam;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/** Checks {@link ValidExamScore}; missing parts are left to their own {@code @NotNull}. */
public class ExamScoreValidator implements ConstraintValidator<ValidExamScore, ExamResultInput> {

    @Override
    public boolean isValid(ExamResultInput input, ConstraintValidatorContext context) {
        if (input == null || input.exam() == null || input.subject() == null) {
            return true;
        }
        Optional<ExamScale> scale = ExamScale.of(input.exam(), input.subject());
        if (scale.isEmpty()) {
            return violation(context, "subject", ExamScale.subjectRefusal(input.exam(), input.subject()));
        }
        if (input.score() != null && !scale.get().contains(input.score())) {
            return violation(context, "score", "must be between " + scale.get().min() + " and " + scale.get().max()
                    + " for " + input.exam() + " in " + input.subject());
        }
        return true;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
