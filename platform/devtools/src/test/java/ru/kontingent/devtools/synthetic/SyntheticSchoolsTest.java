package ru.kontingent.devtools.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticSchoolsTest {

    @Test
    void checkDigitsOfTheReadmesSchool() {
        // INN 6164101016, OGRN 1026103168783: a real Rostov-on-Don organization.
        assertEquals(6, SyntheticSchools.innCheckDigit("616410101"));
        assertEquals(3, SyntheticSchools.ogrnCheckDigit("102610316878"));
    }

    @Test
    void everySchoolHasValidNumbersOfItsOwn() {
        Set<String> inns = IntStream.range(0, 1000).mapToObj(SyntheticSchools::inn).collect(Collectors.toSet());
        Set<String> ogrns = IntStream.range(0, 1000).mapToObj(SyntheticSchools::ogrn).collect(Collectors.toSet());
        assertEquals(1000, inns.size());
        assertEquals(1000, ogrns.size());
        for (String inn : inns) {
            assertTrue(inn.matches("\\d{10}"), inn);
            assertEquals(inn.charAt(9) - '0', SyntheticSchools.innCheckDigit(inn.substring(0, 9)), inn);
        }
        for (String ogrn : ogrns) {
            assertTrue(ogrn.matches("\\d{13}"), ogrn);
            assertEquals(Long.parseLong(ogrn.substring(0, 12)) % 11 % 10, ogrn.charAt(12) - '0', ogrn);
        }
        assertThrows(IllegalArgumentException.class, () -> SyntheticSchools.inn(SyntheticSchools.MAX_SCHOOLS));
    }

    /** 1,500 schools over all 55 municipalities, as many as their children ask for: a quarter in Rostov-on-Don. */
    @Test
    void fifteenHundredSchoolsFollowThePopulation() {
        int schools = SyntheticSchools.DEFAULT_COUNT;
        int[] perMunicipality = new int[RostovGeography.municipalities().size()];
        for (int k = 0; k < schools; k++) {
            perMunicipality[SyntheticSchools.municipalityIndex(k)]++;
        }
        assertEquals(55, perMunicipality.length);
        assertTrue(IntStream.of(perMunicipality).allMatch(count -> count > 0), java.util.Arrays.toString(perMunicipality));
        assertEquals("Ростов-на-Дону", RostovGeography.municipalities().get(0).name());
        assertTrue(perMunicipality[0] > 350 && perMunicipality[0] < 450, "Rostov-on-Don: " + perMunicipality[0]);
        assertEquals(SyntheticSchools.placeholderIds("r61", 1500), SyntheticSchools.placeholderIds("r61", 1500));
        assertEquals(1500, Set.copyOf(SyntheticSchools.placeholderIds("r61", 1500)).size());
    }

    @Test
    void theBodyNamesItsNumbersAndAMunicipality() {
        String json = SyntheticSchools.json(0);
        assertTrue(json.contains("\"inn\":\"" + SyntheticSchools.inn(0) + "\""), json);
        assertTrue(json.contains("\"ogrn\":\"" + SyntheticSchools.ogrn(0) + "\""), json);
        assertTrue(json.contains("\"kind\":\"SCHOOL\""), json);
        assertTrue(json.contains("\"municipality\":\"" + RostovGeography.municipalities().get(0).name() + "\""), json);
    }
}
