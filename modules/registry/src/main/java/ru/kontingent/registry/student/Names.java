package ru.kontingent.registry.student;

/** Optional name parts: blank is absent (many people have no patronymic). */
final class Names {

    private Names() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
