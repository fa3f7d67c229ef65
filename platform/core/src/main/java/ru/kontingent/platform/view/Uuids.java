package ru.kontingent.platform.view;

import java.util.Optional;
import java.util.UUID;

/** A UUID written in a claim or a stored column; anything else (null included) is no id at all. */
public final class Uuids {

    private Uuids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
