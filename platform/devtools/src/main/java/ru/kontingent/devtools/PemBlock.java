package ru.kontingent.devtools;

import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One PEM block: a label such as {@code PUBLIC KEY} and the DER bytes it wraps. */
record PemBlock(String label, byte[] der) {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    PemBlock {
        Objects.requireNonNull(label, "label");
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    /** RFC 7468 text: base64 wrapped at 64 columns, as openssl and MicroProfile JWT expect. */
    String text() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
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
