package ru.kontingent.portfolio.exam;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * On an exam result: the subject is one the exam is held in (else a violation on {@code subject})
 * and the score lies on the exam's scale for it (else a violation on {@code score}). See {@link ExamScale}.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ExamScoreValidator.class)
public @interface ValidExamScore {

    String message() default "is outside the exam's scale";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
