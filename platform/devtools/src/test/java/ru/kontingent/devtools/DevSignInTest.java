package ru.kontingent.devtools;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev sign-in speaks authorization code + PKCE S256 and hands out dev tokens only to a local console. */
class DevSignInTest {

    private static final String REDIRECT = "http://localhost:8080/console/";
    private static final String VERIFIER = "a-verifier-of-enough-length-0123456789-abcdefghij";
    private static DevSignIn signIn;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path keysDir) throws IOException {
        DevKeys keys = DevKeys.loadOrCreate(keysDir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        signIn = DevSignIn.start(port, new TokenMinter(keys.privateKey(), TokenMinter.DEFAULT_ISSUER, TokenMinter.DEFAULT_AUDIENCE));
    }

    @AfterAll
    static void stop() {
        signIn.close();
    }

    @Test
    void discoveryNamesBothEndpoints() throws Exception {
        String body = get("/.well-known/openid-configuration").body();
        assertTrue(body.contains("\"authorization_endpoint\":\"" + signIn.issuer() + "/authorize\""), body);
        assertTrue(body.contains("\"token_endpoint\":\"" + signIn.issuer() + "/token\""), body);
    }

    @Test
    void theFormEscapesWhatItEchoes() throws Exception {
        HttpResponse<String> page = get("/authorize?code_challenge_method=S256&redirect_uri=" + encode(REDIRECT)
                + "&state=" + encode("\"><script>x</script>"));
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>x"), page.body());
        assertTrue(page.body().contains("&quot;&gt;&lt;script&gt;"));
    }

    @Test
    void aCodeIsRedeemedOnceAndOnlyWithItsVerifier() throws Exception {
        String code = authorize(REDIRECT, "school-operator", "r61", "0f8fad5b-d9cb-469f-a165-70867728950e");
        assertEquals(400, token(code, "wrong-verifier", REDIRECT).statusCode());
        // A failed redemption consumed the code too: codes are single use.
        assertEquals(400, token(code, VERIFIER, REDIRECT).statusCode());

        String second = authorize(REDIRECT, "school-operator", "r61", "0f8fad5b-d9cb-469f-a165-70867728950e");
        HttpResponse<String> tokens = token(second, VERIFIER, REDIRECT);
        assertEquals(200, tokens.statusCode(), tokens.body());
        assertEquals("http://localhost:8080", tokens.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String jwt = tokens.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"school-operator\"]"), claims);
        assertTrue(claims.contains("\"org\":\"0f8fad5b-d9cb-469f-a165-70867728950e\""), claims);
    }

    @Test
    void onlyALocalConsoleMayReceiveACode() throws Exception {
        assertTrue(DevSignIn.localConsole("http://127.0.0.1:8180/console/"));
        assertFalse(DevSignIn.localConsole("https://evil.example/console/"));
        assertFalse(DevSignIn.localConsole("http://localhost:8080/other/"));
        HttpResponse<String> refused = post("/authorize", Map.of("redirect_uri", "https://evil.example/console/", "role", "federal-operator",
                "code_challenge", DevSignIn.challengeOf(VERIFIER), "state", "s"));
        assertEquals(400, refused.statusCode());
    }

    @Test
    void aRoleWithoutItsClaimsIsRefused() throws Exception {
        HttpResponse<String> refused = post("/authorize", Map.of("redirect_uri", REDIRECT, "role", "school-operator", "region", "r61",
                "code_challenge", DevSignIn.challengeOf(VERIFIER), "state", "s"));
        assertEquals(400, refused.statusCode());
    }

    private String authorize(String redirect, String role, String region, String org) throws Exception {
        HttpResponse<String> answer = post("/authorize", Map.of("redirect_uri", redirect, "role", role, "region", region, "org", org,
                "code_challenge", DevSignIn.challengeOf(VERIFIER), "state", "st"));
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirect + "?code="), location);
        assertTrue(location.endsWith("&state=st"), location);
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    private HttpResponse<String> token(String code, String verifier, String redirect) throws Exception {
        return post("/token", Map.of("grant_type", "authorization_code", "code", code, "code_verifier", verifier, "redirect_uri", redirect,
                "client_id", "kontingent-console"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(signIn.issuer() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(signIn.issuer() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
