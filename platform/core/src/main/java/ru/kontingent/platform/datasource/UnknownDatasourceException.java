package ru.kontingent.platform.datasource;

import ru.kontingent.platform.problem.InvalidInputException;

/** 400: onboarding named a server this deployment has no datasource for (the name is not echoed). */
public class UnknownDatasourceException extends InvalidInputException {

    public UnknownDatasourceException() {
        super("datasource", "is not a configured datasource");
    }
}
