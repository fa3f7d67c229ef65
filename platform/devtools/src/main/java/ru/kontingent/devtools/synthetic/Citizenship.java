package ru.kontingent.devtools.synthetic;

import java.util.List;

/**
 * The citizenships of the demo region and the documents that go with them: Russians present a
 * birth certificate or, from 14, a passport; citizens of Kazakhstan, Uzbekistan and Tajikistan
 * their country's documents; stateless people a residence permit (type OTHER).
 *
 * @param code          as the API takes it: ISO 3166-1 alpha-2 or {@code stateless}
 * @param birthCities   where children born abroad were born; empty for Russians and the stateless
 * @param passportOffice issuer of the adults' documents
 */
record Citizenship(String code, List<String> birthCities, String passportOffice) {

    static final Citizenship RUSSIA = new Citizenship("RU", List.of(), RostovGeography.PASSPORT_OFFICE);
    static final Citizenship STATELESS = new Citizenship("stateless", List.of(), RostovGeography.PASSPORT_OFFICE);

    /** About 3.5 % foreign or stateless, roughly the share of migrant children in southern Russia. */
    private static final Weighted<Citizenship> SHARES = new Weighted<Citizenship>()
            .add(9650, RUSSIA)
            .add(100, new Citizenship("KZ", List.of("Алматы", "Шымкент", "Актобе"), "МВД Республики Казахстан"))
            .add(120, new Citizenship("UZ", List.of("Ташкент", "Самарканд", "Андижан"), "МВД Республики Узбекистан"))
            .add(100, new Citizenship("TJ", List.of("Душанбе", "Худжанд"), "МВД Республики Таджикистан"))
            .add(30, STATELESS);

    static Citizenship pick(SplitMix64 random) {
        return SHARES.pick(random);
    }

    boolean russian() {
        return this == RUSSIA;
    }

    boolean stateless() {
        return this == STATELESS;
    }
}
