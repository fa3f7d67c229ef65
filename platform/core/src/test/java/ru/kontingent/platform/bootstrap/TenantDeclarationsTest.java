package ru.kontingent.platform.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantDeclarationsTest {

    @TempDir
    Path tenants;

    @Test
    void readsCodeNameAndStageInUtf8() throws IOException {
        write("r61.yaml", "code: r61\nname: Ростовская область\nstage: 2\n");

        List<TenantDeclaration> all = TenantDeclarations.readAll(tenants);

        assertEquals(List.of(new TenantDeclaration("r61", "Ростовская область", 2, "r61.yaml")), all);
    }

    @Test
    void anAbsentStageIsTheFirst() throws IOException {
        write("r77.yml", "code: r77\nname: Москва\n");

        assertEquals(List.of(new TenantDeclaration("r77", "Москва", 1, "r77.yml")), TenantDeclarations.readAll(tenants));
    }

    @Test
    void twoFilesForOneRegionStopTheStartNamingBoth() throws IOException {
        write("rostov.yaml", "code: r61\nname: Ростовская область\nstage: 1\n");
        write("r61.yaml", "code: r61\nname: Другое имя\nstage: 3\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TenantDeclarations.readAll(tenants));
        assertTrue(refused.getMessage().contains("r61.yaml") && refused.getMessage().contains("rostov.yaml"), refused.getMessage());
    }

    @Test
    void readsJsonToo() throws IOException {
        write("r78.json", "{\"code\": \"r78\", \"name\": \"Санкт-Петербург\", \"stage\": 3}");

        assertEquals(List.of(new TenantDeclaration("r78", "Санкт-Петербург", 3, "r78.json")), TenantDeclarations.readAll(tenants));
    }

    @Test
    void ignoresFilesThatAreNotDeclarations() throws IOException {
        write("r61.yaml", "code: r61\nname: Ростовская область\n");
        write("README.md", "# tenants\nnot: a tenant\n");
        write("r62.yaml.bak", "code: r62\nname: old\n");
        write("notes.txt", "code: r63\nname: nope\n");
        Files.createDirectories(tenants.resolve("archive.yaml"));

        List<TenantDeclaration> all = TenantDeclarations.readAll(tenants);

        assertEquals(List.of("r61"), all.stream().map(TenantDeclaration::code).toList());
    }

    @Test
    void filesComeSortedByName() throws IOException {
        write("c.json", "{\"code\": \"c\", \"name\": \"C\"}");
        write("a.yml", "code: a\nname: A\n");
        write("b.yaml", "code: b\nname: B\n");

        List<TenantDeclaration> all = TenantDeclarations.readAll(tenants);

        assertEquals(List.of("a.yml", "b.yaml", "c.json"), all.stream().map(TenantDeclaration::source).toList());
        assertEquals(List.of("a", "b", "c"), all.stream().map(TenantDeclaration::code).toList());
    }

    @Test
    void anEmptyDirectoryDeclaresNothing() {
        assertEquals(List.of(), TenantDeclarations.readAll(tenants));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "- code: r61\n- name: Ростов\n",          // a list, not a mapping
            "just text\n",                              // a scalar
            "",                                         // no document at all
            "code: r61\nname: Ростов\nstage: two\n",    // stage as text
            "code: r61\nname: Ростов\nstage: '2'\n",    // stage quoted
            "code: r61\nname: Ростов\nstage: 2.5\n",    // stage not whole
            "code: 61\nname: Ростов\n",                 // code as a number
            "code: r61\n",                              // no name
            "name: Ростов\n",                           // no code
            "code: [r61\nname: Ростов\n"                // not YAML at all
    })
    void aBadFileStopsTheStartWithItsName(String content) throws IOException {
        write("a_good.yaml", "code: a\nname: A\n");
        write("broken.yaml", content);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TenantDeclarations.readAll(tenants));

        assertTrue(refused.getMessage().contains("broken.yaml"), refused.getMessage());
    }

    @Test
    void aStageGivenAsTextIsExplainedAsAStageProblem() throws IOException {
        write("r61.yaml", "code: r61\nname: Ростов\nstage: second\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TenantDeclarations.readAll(tenants));

        assertTrue(refused.getMessage().contains("r61.yaml"), refused.getMessage());
        assertTrue(refused.getMessage().contains("stage"), refused.getMessage());
    }

    @Test
    void aMissingDirectoryStopsTheStart() {
        Path missing = tenants.resolve("absent");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TenantDeclarations.readAll(missing));

        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
    }

    @Test
    void aFileInsteadOfADirectoryStopsTheStart() throws IOException {
        Path file = write("tenants.yaml", "code: a\nname: A\n");

        assertThrows(IllegalStateException.class, () -> TenantDeclarations.readAll(file));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tenants.resolve(name), content, StandardCharsets.UTF_8);
    }
}
