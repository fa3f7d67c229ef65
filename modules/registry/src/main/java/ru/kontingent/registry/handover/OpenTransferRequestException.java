package ru.kontingent.registry.handover;

import ru.kontingent.platform.problem.ProblemException;

/** 409: the child already has an open (requested or accepted) transfer request. */
public class OpenTransferRequestException extends ProblemException {

    public OpenTransferRequestException() {
        super("transfer-request-open", "A transfer request is already open", 409,
                "The child already has an open transfer request; a new one can follow once it is declined.");
    }
}
