package ru.kontingent.devtools.move;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One database server as the operator reaches it: the datasource name the catalog uses, the JDBC
 * URL, the schema owner (migration role) and the role the server's runtime pool connects as.
 */
public record DatabaseServer(String name, String jdbcUrl, String ownerUser, String ownerPassword, String runtimeRole) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    /** Never the password: a record would print it. */
    @Override
    public String toString() {
        return "DatabaseServer[" + name + ", " + jdbcUrl + ", owner " + ownerUser + ", runtime " + runtimeRole + "]";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, ownerUser, ownerPassword);
    }

    /** The same server as libpq tools ({@code pg_dump}, {@code psql}) want it: arguments and the password's variable. */
    public LibpqAddress libpq() {
        Matcher url = URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database URL: " + jdbcUrl);
        }
        return new LibpqAddress(url.group(1), url.group(2) == null ? "5432" : url.group(2), url.group(3), ownerUser,
                Map.of("PGPASSWORD", ownerPassword));
    }

    /** Host, port, database and user for libpq tools; the password travels in the environment, never in arguments. */
    public record LibpqAddress(String host, String port, String database, String user, Map<String, String> environment) {

        public java.util.List<String> arguments() {
            return java.util.List.of("--host", host, "--port", port, "--username", user, "--dbname", database);
        }
    }
}
