package ru.kontingent.platform.bootstrap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code tenants/*.yaml} (or .yml, .json: JSON is YAML too): {@code code}, {@code name},
 * optional {@code stage}. A bad file stops the start with its name in the message: a silently
 * skipped region would look like lost data.
 */
final class TenantDeclarations {

    private TenantDeclarations() {
    }

    static List<TenantDeclaration> readAll(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Tenants directory not found: " + directory);
        }
        List<TenantDeclaration> declarations = new ArrayList<>();
        Map<String, String> declaredIn = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(TenantDeclarations::isDeclaration).sorted().toList()) {
                TenantDeclaration declaration = read(file);
                String earlier = declaredIn.putIfAbsent(declaration.code(), declaration.source());
                if (earlier != null) {
                    // Two files for one region: which name and stage would win is anyone's guess.
                    throw new IllegalStateException("Tenant files " + earlier + " and " + declaration.source()
                            + " declare the same region code");
                }
                declarations.add(declaration);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read tenants directory " + directory, e);
        }
        return declarations;
    }

    private static boolean isDeclaration(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    static TenantDeclaration read(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = yaml.load(reader);
            if (!(document instanceof Map<?, ?> fields)) {
                throw new IllegalStateException("Tenant file " + file + " must be a mapping of code, name, stage");
            }
            Object code = fields.get("code");
            Object name = fields.get("name");
            Object stage = fields.get("stage");
            if (!(code instanceof String) || !(name instanceof String) || (stage != null && !(stage instanceof Integer))) {
                throw new IllegalStateException("Tenant file " + file + " needs code (text), name (text) and optional stage (1..3)");
            }
            return new TenantDeclaration((String) code, (String) name, stage == null ? 1 : (Integer) stage, file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw (IllegalStateException) e;
            }
            throw new IllegalStateException("Cannot read tenant file " + file, e);
        }
    }
}
