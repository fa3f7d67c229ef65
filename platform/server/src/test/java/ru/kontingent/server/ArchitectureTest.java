package ru.kontingent.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency rules of ARCHITECTURE.md, checked on the classes that ship: modules point to the
 * platform core only, the core knows no module, and only platform/server assembles them.
 * Module code lives in {@code ru.kontingent.<module>}; the platform in {@code ru.kontingent.platform}.
 */
class ArchitectureTest {

    private static final String PLATFORM = "ru.kontingent.platform..";
    private static final String SERVER = "ru.kontingent.server..";
    private static final String DEVTOOLS = "ru.kontingent.devtools..";

    private static JavaClasses shipped;

    @BeforeAll
    static void importShippedClasses() {
        shipped = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ru.kontingent");
        assertTrue(shipped.stream().anyMatch(c -> c.getPackageName().startsWith("ru.kontingent.platform")),
                "the platform core must be on the classpath for the rules to mean anything");
    }

    @Test
    void theCoreImportsNoModuleAndNotTheServer() {
        noClasses().that().resideInAPackage(PLATFORM)
                .should().dependOnClassesThat().resideOutsideOfPackages(PLATFORM, "java..", "javax..", "jakarta..",
                        "org.eclipse.microprofile..", "org.hibernate..", "com.fasterxml.jackson..", "liquibase..", "org.yaml..", "org.postgresql..",
                        "io.micrometer..", "org.infinispan..")
                .because("platform/core knows no module: modules plug in through the SPI")
                .check(shipped);
    }

    @Test
    void aModuleImportsNoOtherModule() {
        slices().matching("ru.kontingent.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(PLATFORM))
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(SERVER),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .because("a module never imports another module; shared needs go through the platform SPI")
                .check(shipped);
    }

    @Test
    void onlyTheServerAssemblesModules() {
        noClasses().that().resideOutsideOfPackage(SERVER)
                .should().dependOnClassesThat().resideInAPackage(SERVER)
                .because("platform/server is the only place that knows the full list of modules")
                .check(shipped);
        noClasses().that().resideOutsideOfPackage(DEVTOOLS)
                .should().dependOnClassesThat().resideInAPackage(DEVTOOLS)
                .because("developer tools never ship in the server")
                .check(shipped);
    }

    /** The same rules at the build level: a module's pom names no other module, only the core. */
    @Test
    void modulePomsDependOnTheCoreOnly() throws Exception {
        Path modules = Path.of(System.getProperty("kontingent.repo.root", "../..")).resolve("modules");
        List<String> offending = new ArrayList<>();
        if (Files.isDirectory(modules)) {
            try (Stream<Path> poms = Files.list(modules).map(dir -> dir.resolve("pom.xml")).filter(Files::exists)) {
                for (Path pom : poms.toList()) {
                    NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new File(pom.toString())).getElementsByTagName("dependency");
                    for (int i = 0; i < dependencies.getLength(); i++) {
                        Element dependency = (Element) dependencies.item(i);
                        String group = dependency.getElementsByTagName("groupId").item(0).getTextContent().trim();
                        String artifact = dependency.getElementsByTagName("artifactId").item(0).getTextContent().trim();
                        if (group.equals("ru.kontingent") && !artifact.equals("kontingent-core")) {
                            offending.add(pom + " -> " + artifact);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}
