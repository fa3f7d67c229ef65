package ru.kontingent.server;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kontingent.server.testing.JwtForge;
import ru.kontingent.server.testing.KontingentIT;
import ru.kontingent.server.testing.Reply;
import ru.kontingent.server.testing.TestEnvironment;

import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens built the way JWT attack tools build them (RFC 8725): keys smuggled in headers, key URLs,
 * odd key ids, unknown critical extensions, claims of the wrong type. None may get in.
 */
class HostileTokenIT extends KontingentIT {

    private static final String REGIONS = "/api/platform/regions";
    private static KeyPair attacker;
    private static HttpServer keyServer;
    private static final AtomicInteger keyServerHits = new AtomicInteger();

    @BeforeAll
    static void attackerKeysAndAKeyServer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        attacker = generator.generateKeyPair();
        keyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keyServer.createContext("/", exchange -> {
            keyServerHits.incrementAndGet();
            byte[] body = jwks().getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keyServer.start();
    }

    @AfterAll
    static void stopKeyServer() {
        keyServer.stop(0);
    }

    private static Map<String, Object> attackerJwk() {
        RSAPublicKey key = (RSAPublicKey) attacker.getPublic();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return Map.of("kty", "RSA", "alg", "RS256", "use", "sig", "kid", "attacker",
                "n", b64.encodeToString(unsigned(key.getModulus().toByteArray())),
                "e", b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String jwks() {
        Map<String, Object> jwk = attackerJwk();
        StringBuilder json = new StringBuilder("{\"keys\":[{");
        jwk.forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
        json.setLength(json.length() - 1);
        return json.append("}]}").toString();
    }

    private static String keyUrl() {
        return "http://127.0.0.1:" + keyServer.getAddress().getPort() + "/keys.json";
    }

    @Test
    void anEmbeddedJwkWithTheAttackersKeyIsIgnored() {
        api.get(REGIONS, JwtForge.federalOperator().header("jwk", attackerJwk()).signRs256(attacker.getPrivate()))
                .assertProblem(401, "unauthorized");
    }

    @Test
    void keyUrlsAreNeverFetched() {
        int before = keyServerHits.get();
        api.get(REGIONS, JwtForge.federalOperator().header("jku", keyUrl()).header("kid", "attacker").signRs256(attacker.getPrivate()))
                .assertProblem(401, "unauthorized");
        api.get(REGIONS, JwtForge.federalOperator().header("x5u", keyUrl()).signRs256(attacker.getPrivate()))
                .assertProblem(401, "unauthorized");
        assertEquals(before, keyServerHits.get(), "the server must not fetch keys from URLs in a token");
    }

    @Test
    void oddKeyIdsDoNotSelectAnotherKey() {
        for (String kid : List.of("../../../../../../dev/null", "' OR '1'='1", "x\u0000y", "file:///etc/passwd")) {
            api.get(REGIONS, JwtForge.federalOperator().header("kid", kid).signRs256(attacker.getPrivate()))
                    .assertProblem(401, "unauthorized");
            Reply trusted = api.get(REGIONS, JwtForge.federalOperator().header("kid", kid).signRs256(TestEnvironment.keys().privateKey()));
            assertNotEquals(500, trusted.status(), "a strange kid must never break the server");
        }
    }

    @Test
    void anUnknownCriticalExtensionIsRejected() {
        api.get(REGIONS, JwtForge.federalOperator().header("crit", List.of("x-kontingent-unknown")).header("x-kontingent-unknown", true)
                .signRs256(TestEnvironment.keys().privateKey())).assertProblem(401, "unauthorized");
    }

    @Test
    void groupsAsAStringGrantNothing() {
        Reply reply = api.get(REGIONS, JwtForge.federalOperator().claim("groups", "federal-operator")
                .signRs256(TestEnvironment.keys().privateKey()));
        assertTrue(reply.status() == 401 || reply.status() == 403, () -> "groups must be an array; got " + reply.status() + " " + reply.body());
    }
}
