package ru.kontingent.platform.citizen;

import java.util.UUID;

/**
 * A part of the card a parent sees of its child, contributed by the module that owns the data
 * (the registry: enrollment; the portfolio: performance). The platform asks a section only when
 * the child's region has reached the module's stage, inside a transaction bound to that region,
 * after it has checked that the caller represents the child. A module keeps health data out of
 * this view by contributing no section.
 */
public interface ChildSection {

    /** The key of this part in the child's card, e.g. {@code enrollment}. */
    String name();

    /** The part for one child of the bound region; any JSON-serialisable value. */
    Object read(UUID studentId);
}
