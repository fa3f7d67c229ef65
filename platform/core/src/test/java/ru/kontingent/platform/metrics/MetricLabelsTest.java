package ru.kontingent.platform.metrics;

import org.junit.jupiter.api.Test;
import ru.kontingent.platform.audit.AuditResource;
import ru.kontingent.platform.citizen.CitizenResource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricLabelsTest {

    private static final List<String> MODULES = List.of("registry", "health", "portfolio", "reporting");

    @Test
    void statusClassesAreTheHundreds() {
        assertEquals("2xx", MetricLabels.statusClass(200));
        assertEquals("2xx", MetricLabels.statusClass(204));
        assertEquals("4xx", MetricLabels.statusClass(403));
        assertEquals("4xx", MetricLabels.statusClass(499));
        assertEquals("5xx", MetricLabels.statusClass(503));
        assertEquals("1xx", MetricLabels.statusClass(101));
        assertEquals("other", MetricLabels.statusClass(600));
        assertEquals("other", MetricLabels.statusClass(99));
        assertEquals("other", MetricLabels.statusClass(-1));
    }

    @Test
    void standardMethodsPassAndInventedOnesCollapse() {
        assertEquals("GET", MetricLabels.method("GET"));
        assertEquals("PUT", MetricLabels.method("put"));
        assertEquals("OTHER", MetricLabels.method("SNILS-123-456-789-01"));
        assertEquals("OTHER", MetricLabels.method(""));
        assertEquals("OTHER", MetricLabels.method(null));
    }

    @Test
    void moduleIsTheResourcePackageOwner() {
        assertEquals("platform", MetricLabels.module(Optional.of(AuditResource.class), MODULES));
        assertEquals("citizen", MetricLabels.module(Optional.of(CitizenResource.class), MODULES));
        assertEquals("registry", MetricLabels.module(Optional.of(ru.kontingent.registry.FakeResource.class), MODULES));
        assertEquals("none", MetricLabels.module(Optional.of(ru.kontingent.registryx.FakeResource.class), MODULES));
        assertEquals("none", MetricLabels.module(Optional.of(String.class), MODULES));
        assertEquals("none", MetricLabels.module(Optional.empty(), MODULES));
    }
}
