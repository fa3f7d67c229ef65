package ru.kontingent.server;

import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.JwtForge;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.TestEnvironment;
import ru.kontingent.server.testing.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every token the server must refuse, each a real token changed in exactly one respect: 401. */
class TokenRejectionIT extends KontingentIT {

    private static final String REGIONS = "/api/platform/regions";

    private static PrivateKey trustedKey() {
        return TestEnvironment.keys().privateKey();
    }

    private static Reply call(String token) {
        return api.get(REGIONS, token);
    }

    @Test
    void aWellFormedTokenIsAccepted() {
        call(Tokens.federalOperator()).assertStatus(200);
        call(JwtForge.federalOperator().signRs256(trustedKey())).assertStatus(200);
    }

    @Test
    void noToken() {
        call(null).assertProblem(401, "unauthorized");
    }

    @Test
    void malformedToken() {
        call("not-a-jwt").assertProblem(401, "unauthorized");
        call("a.b.c").assertProblem(401, "unauthorized");
        String valid = Tokens.federalOperator();
        call(valid.substring(0, valid.length() - 10)).assertProblem(401, "unauthorized");
    }

    @Test
    void expiredToken() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        call(JwtForge.federalOperator().claim("iat", past - 600).claim("exp", past).signRs256(trustedKey()))
                .assertProblem(401, "unauthorized");
    }

    @Test
    void notYetValidToken() {
        long future = Instant.now().plusSeconds(3600).getEpochSecond();
        call(JwtForge.federalOperator().claim("nbf", future).claim("exp", future + 600).signRs256(trustedKey()))
                .assertProblem(401, "unauthorized");
    }

    @Test
    void signedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey attackerKey = generator.generateKeyPair().getPrivate();
        call(JwtForge.federalOperator().signRs256(attackerKey)).assertProblem(401, "unauthorized");
    }

    @Test
    void algNone() {
        call(JwtForge.federalOperator().unsigned()).assertProblem(401, "unauthorized");
    }

    /** The classic key-confusion attack: HMAC keyed with the server's public key. */
    @Test
    void hs256WithThePublicKeyAsSecret() throws Exception {
        Path publicKey = TestEnvironment.keys().publicKeyPath();
        byte[] pem = Files.readAllBytes(publicKey);
        call(JwtForge.federalOperator().signHs256(pem)).assertProblem(401, "unauthorized");
        byte[] der = TestEnvironment.keys().publicKey().getEncoded();
        call(JwtForge.federalOperator().signHs256(der)).assertProblem(401, "unauthorized");
    }

    @Test
    void wrongIssuer() {
        call(JwtForge.federalOperator().claim("iss", "https://attacker.example/issuer").signRs256(trustedKey()))
                .assertProblem(401, "unauthorized");
        call(JwtForge.federalOperator().without("iss").signRs256(trustedKey())).assertProblem(401, "unauthorized");
    }

    @Test
    void wrongAudience() {
        call(JwtForge.federalOperator().claim("aud", "another-system").signRs256(trustedKey()))
                .assertProblem(401, "unauthorized");
        call(JwtForge.federalOperator().without("aud").signRs256(trustedKey())).assertProblem(401, "unauthorized");
    }

    @Test
    void anOversizedTokenIsRefusedWithoutTrouble() {
        String huge = JwtForge.federalOperator().claim("padding", "x".repeat(20_000)).signRs256(trustedKey());
        Reply reply = call(huge);
        assertTrue(reply.status() >= 400 && reply.status() < 500, () -> "status " + reply.status());
        // The server is still fine afterwards.
        call(Tokens.federalOperator()).assertStatus(200);
    }
}
