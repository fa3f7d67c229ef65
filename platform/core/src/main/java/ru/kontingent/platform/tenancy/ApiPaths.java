package ru.kontingent.platform.tenancy;

/** The request path relative to {@code /api}, without a leading slash. */
final class ApiPaths {

    static final String PLATFORM = "platform";
    /** The caller's own token ({@code GET /api/me}): any role, with or without a region claim. */
    static final String CALLER = "me";

    private ApiPaths() {
    }

    static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    static boolean isPlatform(String path) {
        String relative = relative(path);
        return relative.equals(PLATFORM) || relative.startsWith(PLATFORM + "/");
    }

    /** Paths that bind no region: the platform's, and the caller's own token. */
    static boolean bindsNoRegion(String path) {
        return isPlatform(path) || relative(path).equals(CALLER);
    }
}
