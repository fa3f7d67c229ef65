package ru.kontingent.devtools.bulkimport;

/**
 * One refused line (or one invalid field of a refused request).
 *
 * @param line  the line of the file, null when the server names none
 * @param field the JSON path or CSV column, null when the whole line is wrong
 */
record ImportError(Long line, String field, String message) {

    static ImportError from(JsonObject json) {
        return new ImportError(json.number("line").orElse(null), json.text("field").orElse(null),
                json.text("message").orElse("(no message)"));
    }

    /** {@code line 17, snils: check number does not match}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (line != null) {
            text.append("line ").append(line);
        }
        if (field != null) {
            text.append(text.length() > 0 ? ", " : "").append(field);
        }
        return text.append(text.length() > 0 ? ": " : "").append(message).toString();
    }
}
