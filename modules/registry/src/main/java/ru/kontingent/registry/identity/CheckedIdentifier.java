package ru.kontingent.registry.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The common body of the identifier value types: a text that is only ever stored once its kind's
 * check found no flaw. Equal when of the same type and stored text; shown as the stored text
 * unless the type says otherwise. Deserialization goes through the type's {@code parse} again,
 * so a forged stream cannot yield an instance that holds an invalid number.
 */
abstract class CheckedIdentifier implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String stored;

    /** Stores the text as given. */
    CheckedIdentifier(IdentifierKind kind, Function<String, IdentifierFlaw> flawFinder, String text) {
        this(kind, flawFinder, text, UnaryOperator.identity());
    }

    /**
     * Stores the text in the form {@code storedForm} makes of it; that form must pass the check as
     * well, since deserialization checks it again.
     *
     * @param flawFinder what is wrong with the text, {@code null} when nothing is
     * @throws InvalidIdentifierException when {@code flawFinder} finds a flaw in the text
     */
    CheckedIdentifier(IdentifierKind kind, Function<String, IdentifierFlaw> flawFinder, String text,
            UnaryOperator<String> storedForm) {
        IdentifierFlaw flaw = flawFinder.apply(text);
        if (flaw != null) {
            throw new InvalidIdentifierException(kind, flaw);
        }
        this.stored = storedForm.apply(text);
    }

    /** The checked text, as stored. */
    final String stored() {
        return stored;
    }

    /** The type's {@code parse} of a stored text. */
    abstract CheckedIdentifier reparse(String stored);

    /** A stream is input like any other: re-check what it claims to be a valid identifier. */
    @Serial
    final Object readResolve() {
        return reparse(stored);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((CheckedIdentifier) other).stored.equals(stored);
    }

    @Override
    public final int hashCode() {
        return stored.hashCode();
    }

    @Override
    public String toString() {
        return stored;
    }
}
