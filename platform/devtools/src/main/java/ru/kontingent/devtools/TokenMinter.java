package ru.kontingent.devtools;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.build.JwtSignatureBuilder;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.UUID;

/** Signs dev tokens (RS256) that the server's MicroProfile JWT configuration accepts. */
public final class TokenMinter {

    public static final String DEFAULT_ISSUER = "https://kontingent.dev/issuer";
    public static final String DEFAULT_AUDIENCE = "kontingent";

    private final PrivateKey key;
    private final String issuer;
    private final String audience;
    private final String keyId;
    private final Clock clock;

    public TokenMinter(PrivateKey key, String issuer, String audience) {
        this(key, issuer, audience, null, Clock.systemUTC());
    }

    TokenMinter(PrivateKey key, String issuer, String audience, String keyId, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.keyId = keyId;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The same minter, naming its key in the {@code kid} header (for servers that hold a key set). */
    public TokenMinter withKeyId(String newKeyId) {
        return new TokenMinter(key, issuer, audience, newKeyId, clock);
    }

    public String mint(TokenSpec spec) {
        long issuedAt = clock.instant().getEpochSecond();
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .audience(audience)
                .subject(spec.sub())
                .upn(spec.sub())
                // Always an array, even for one role: MP JWT reads groups as a set of strings.
                .groups(new LinkedHashSet<>(spec.groups()))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt + spec.lifetime().toSeconds())
                .claim("jti", UUID.randomUUID().toString());
        if (spec.region() != null) {
            claims.claim("region", spec.region());
        }
        if (spec.org() != null) {
            claims.claim("org", spec.org());
        }
        if (spec.snils() != null) {
            claims.claim("snils", spec.snils());
        }
        spec.extraClaims().forEach(claims::claim);

        // Explicit, so a stray smallrye.jwt.new-token.signature-algorithm setting cannot change it.
        JwtSignatureBuilder signature = claims.jws().algorithm(SignatureAlgorithm.RS256).header("typ", "JWT");
        if (keyId != null) {
            signature.keyId(keyId);
        }
        return signature.sign(key);
    }
}
