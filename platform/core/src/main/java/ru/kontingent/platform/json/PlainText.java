package ru.kontingent.platform.json;

/**
 * The system's rule for text: no NUL (PostgreSQL cannot store it) and no other control character
 * (terminal escapes, backspaces that hide what a name really says in a log or a report); tab,
 * line feed and carriage return stay allowed. {@link PlainTextDeserializer} applies it to every
 * JSON string; readers that bypass data binding (the bulk import's streaming decoder) ask here.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }
}
