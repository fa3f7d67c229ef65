package ru.kontingent.registry.identity;

import java.util.Objects;

/**
 * A text that is not a valid identifier of the expected kind reached a place that needs one.
 * Carries what kind was expected and what is wrong, but not the text: it may be personal data.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final IdentifierKind kind;
    private final IdentifierFlaw flaw;

    public InvalidIdentifierException(IdentifierKind kind, IdentifierFlaw flaw) {
        super(kind.refusal(flaw));
        this.kind = Objects.requireNonNull(kind);
        this.flaw = Objects.requireNonNull(flaw);
    }

    public IdentifierKind kind() {
        return kind;
    }

    public IdentifierFlaw flaw() {
        return flaw;
    }
}
