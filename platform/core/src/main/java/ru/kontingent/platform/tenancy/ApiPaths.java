package ru.kontingent.platform.tenancy;

/** The request path relative to {@code /api}, without a leading slash. */
final class ApiPaths {

    static final String PLATFORM = "platform";

    private ApiPaths() {
    }

    static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    static boolean isPlatform(String path) {
        String relative = relative(path);
        return relative.equals(PLATFORM) || relative.startsWith(PLATFORM + "/");
    }
}
