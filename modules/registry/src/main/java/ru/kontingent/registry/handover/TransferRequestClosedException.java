package ru.kontingent.registry.handover;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: the request is no longer in a state that allows this decision. */
public class TransferRequestClosedException extends ProblemException {

    public TransferRequestClosedException(UUID id, TransferState state) {
        super("transfer-request-closed", "The transfer request is already decided", 409,
                "Transfer request " + id + " is " + state + ".");
    }
}
