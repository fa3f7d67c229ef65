package ru.kontingent.registry.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

/** Java serialization round trips, and a way to forge a stream, for the value types' tests. */
final class SerializedForm {

    private SerializedForm() {
    }

    static byte[] of(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] stream) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
            return in.readObject();
        }
    }

    /** The stream with the first occurrence of one ASCII text replaced by another of the same length. */
    static byte[] withReplaced(byte[] stream, String from, String to) {
        byte[] target = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        if (target.length != replacement.length) {
            throw new IllegalArgumentException("a forged stream keeps the length of the text it replaces");
        }
        byte[] copy = stream.clone();
        for (int start = 0; start + target.length <= copy.length; start++) {
            boolean found = true;
            for (int i = 0; i < target.length && found; i++) {
                found = copy[start + i] == target[i];
            }
            if (found) {
                System.arraycopy(replacement, 0, copy, start, replacement.length);
                return copy;
            }
        }
        throw new AssertionError("the stream does not hold " + from);
    }
}
