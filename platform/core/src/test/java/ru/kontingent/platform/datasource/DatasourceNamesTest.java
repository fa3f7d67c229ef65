package ru.kontingent.platform.datasource;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasourceNamesTest {

    @Test
    void thePrimaryComesFirstThenTheConfiguredServersInOrder() {
        assertEquals(List.of("default"), DatasourceNames.parse(null));
        assertEquals(List.of("default"), DatasourceNames.parse(" "));
        assertEquals(List.of("default", "pg2", "pg3"), DatasourceNames.parse(" pg2, pg3 ,"));
    }

    @Test
    void aBadOrRepeatedNameStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> DatasourceNames.parse("pg2,PG3"));
        assertThrows(IllegalStateException.class, () -> DatasourceNames.parse("pg2,pg2"));
        assertThrows(IllegalStateException.class, () -> DatasourceNames.parse("default"));
        assertThrows(IllegalStateException.class, () -> DatasourceNames.parse("a/../b"));
    }

    @Test
    void eachServerHasItsOwnPairOfPools() {
        assertEquals("java:jboss/datasources/KontingentDS", DatasourceNames.runtimeJndi("default"));
        assertEquals("java:jboss/datasources/KontingentMigrationDS", DatasourceNames.migrationJndi("default"));
        assertEquals("java:jboss/datasources/KontingentDS_pg2", DatasourceNames.runtimeJndi("pg2"));
        assertEquals("java:jboss/datasources/KontingentMigrationDS_pg2", DatasourceNames.migrationJndi("pg2"));
        assertThrows(IllegalArgumentException.class, () -> DatasourceNames.runtimeJndi("x;y"));
    }
}
