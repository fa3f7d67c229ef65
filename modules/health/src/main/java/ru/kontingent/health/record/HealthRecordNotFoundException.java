package ru.kontingent.health.record;

import ru.kontingent.platform.view.NotFoundProblem;

/** 404: the student exists, but no health record was in force at the date asked for. */
public class HealthRecordNotFoundException extends NotFoundProblem {

    public HealthRecordNotFoundException() {
        super("health record of this student at that date");
    }
}
