package ru.kontingent.devtools;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One PEM block: a label such as {@code PUBLIC KEY} and the DER bytes it wraps. */
final class PemBlock {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private final String label;
    private final byte[] der;

    PemBlock(String label, byte[] der) {
        this.label = Objects.requireNonNull(label, "label");
        this.der = der.clone();
    }

    byte[] der() {
        return der.clone();
    }

    /** RFC 7468 text: base64 wrapped at 64 columns, as openssl and MicroProfile JWT expect. */
    String text() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    static PemBlock parse(String text, String expectedLabel) {
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(expectedLabel)) {
                return new PemBlock(expectedLabel, Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        throw new IllegalArgumentException("no '" + expectedLabel + "' PEM block found");
    }
}
