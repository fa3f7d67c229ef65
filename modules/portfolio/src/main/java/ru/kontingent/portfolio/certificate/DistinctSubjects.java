package ru.kontingent.portfolio.certificate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A certificate has one final grade per subject: each repeat is named ({@code finalGrades[2].subject}). */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = DistinctSubjects.Validator.class)
public @interface DistinctSubjects {

    String message() default "appears more than once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DistinctSubjects, CertificateInput> {

        @Override
        public boolean isValid(CertificateInput input, ConstraintValidatorContext context) {
            if (input == null || input.finalGrades() == null) {
                return true;
            }
            Set<ru.kontingent.portfolio.reference.Subject> seen = EnumSet.noneOf(ru.kontingent.portfolio.reference.Subject.class);
            boolean valid = true;
            for (int i = 0; i < input.finalGrades().size(); i++) {
                FinalGradeInput line = input.finalGrades().get(i);
                if (line == null || line.subject() == null || seen.add(line.subject())) {
                    continue;
                }
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("finalGrades").addPropertyNode("subject").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
            return valid;
        }
    }
}
