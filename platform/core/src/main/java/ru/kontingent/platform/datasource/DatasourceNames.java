package ru.kontingent.platform.datasource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of the database servers and the JNDI names of their pools. A name becomes part of a JNDI
 * name and sits in the catalog, so it is as narrow as a region code.
 */
public final class DatasourceNames {

    /** The server of the catalog; every region lived here before regions were spread. */
    public static final String PRIMARY = "default";
    public static final String PATTERN = "[a-z0-9_]{1,30}";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final String JNDI_BASE = "java:jboss/datasources/";

    private DatasourceNames() {
    }

    /**
     * The primary first, then the extra servers of {@code kontingent.datasources} in their order
     * (comma separated). A bad or repeated name fails the start: a region would be unreachable.
     */
    public static List<String> parse(String extra) {
        Set<String> names = new LinkedHashSet<>();
        names.add(PRIMARY);
        if (extra != null) {
            for (String part : extra.split(",")) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!VALID.matcher(name).matches()) {
                    throw new IllegalStateException("kontingent.datasources: '" + name + "' must match " + PATTERN);
                }
                if (!names.add(name)) {
                    throw new IllegalStateException("kontingent.datasources: '" + name + "' is named twice (or is the primary)");
                }
            }
        }
        return List.copyOf(new ArrayList<>(names));
    }

    /** The JTA pool of the runtime role: {@code KontingentDS} for the primary, {@code KontingentDS_<name>} otherwise. */
    public static String runtimeJndi(String name) {
        return JNDI_BASE + "KontingentDS" + suffix(name);
    }

    /** The non-JTA pool of the migration role on that server. */
    public static String migrationJndi(String name) {
        return JNDI_BASE + "KontingentMigrationDS" + suffix(name);
    }

    private static String suffix(String name) {
        if (PRIMARY.equals(name)) {
            return "";
        }
        if (!VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("not a datasource name");
        }
        return "_" + name;
    }
}
