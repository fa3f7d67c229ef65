package ru.kontingent.devtools;

/** Bad command-line input: the CLI answers with the usage text and exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
