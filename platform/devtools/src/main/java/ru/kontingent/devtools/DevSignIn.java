package ru.kontingent.devtools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev sign-in of {@code run}: a minimal OIDC provider (authorization code + PKCE S256) in the
 * dev tool's own process that lets a developer pick a role, region, organization and SNILS and
 * hands the console a dev token. It lives here, not in the WAR, so a production build holds no
 * code that mints tokens; the server is pointed at it exactly as at Keycloak or ESIA.
 */
final class DevSignIn implements AutoCloseable {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final TokenMinter minter;
    private final String issuer;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String challenge, String redirectUri, TokenSpec spec, Instant expires) {
    }

    private DevSignIn(HttpServer server, TokenMinter minter, String issuer) {
        this.server = server;
        this.minter = minter;
        this.issuer = issuer;
    }

    static DevSignIn start(int port, TokenMinter minter) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        DevSignIn signIn = new DevSignIn(server, minter, "http://localhost:" + port + "/dev-sign-in");
        server.createContext("/dev-sign-in/.well-known/openid-configuration", signIn::discovery);
        server.createContext("/dev-sign-in/authorize", signIn::authorize);
        server.createContext("/dev-sign-in/token", signIn::token);
        server.start();
        return signIn;
    }

    String issuer() {
        return issuer;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        send(exchange, 200, "application/json", "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (!"S256".equals(query.get("code_challenge_method")) || !localConsole(query.get("redirect_uri"))) {
                send(exchange, 400, "text/plain; charset=utf-8", "PKCE S256 and a local /console/ redirect_uri are required");
                return;
            }
            send(exchange, 200, "text/html; charset=utf-8", DevSignInPage.render(query));
            return;
        }
        Map<String, String> posted = form(body(exchange));
        String redirectUri = posted.get("redirect_uri");
        if (!localConsole(redirectUri) || posted.getOrDefault("code_challenge", "").isBlank()) {
            send(exchange, 400, "text/plain; charset=utf-8", "a local /console/ redirect_uri and a PKCE code_challenge are required");
            return;
        }
        TokenSpec spec;
        try {
            spec = TokenSpec.forRole(Role.fromClaim(posted.getOrDefault("role", "")), blankToNull(posted.get("region")),
                    blankToNull(posted.get("org")), blankToNull(posted.get("snils")));
        } catch (IllegalArgumentException | NullPointerException e) {
            // A role without the claims it needs (TokenSpec says which).
            send(exchange, 400, "text/plain; charset=utf-8", e.getMessage());
            return;
        }
        String code = random();
        grants.put(code, new Grant(posted.get("code_challenge"), redirectUri, spec, Instant.now().plus(CODE_LIFETIME)));
        exchange.getResponseHeaders().add("Location", redirectUri + "?code=" + code + "&state="
                + URLEncoder.encode(posted.getOrDefault("state", ""), StandardCharsets.UTF_8));
        send(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> posted = form(body(exchange));
        Grant grant = grants.remove(posted.getOrDefault("code", ""));
        if (grant != null) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin(grant.redirectUri()));
        }
        if (grant == null || grant.expires().isBefore(Instant.now()) || !grant.redirectUri().equals(posted.get("redirect_uri"))
                || !grant.challenge().equals(challengeOf(posted.getOrDefault("code_verifier", "")))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        long lifetime = grant.spec().lifetime().toSeconds();
        send(exchange, 200, "application/json", "{\"access_token\":\"" + minter.mint(grant.spec())
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime + "}");
    }

    /** Only a console on this machine may receive a dev token. */
    static boolean localConsole(String redirectUri) {
        if (redirectUri == null) {
            return false;
        }
        try {
            URI uri = URI.create(redirectUri);
            return "http".equals(uri.getScheme()) && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))
                    && uri.getPath() != null && uri.getPath().startsWith("/console/") && uri.getRawQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
