package ru.kontingent.devtools.synthetic;

import java.util.List;

/**
 * One municipality of the demo region: how it is written in an address, where its children are
 * born (a district's hospital is in its central town) and which registry office records them.
 *
 * @param name             as in DOMAIN.md, e.g. {@code Таганрог}, {@code Азовский район}
 * @param districtInAddress the district part of an address ({@code Азовский р-н}), null for a city
 * @param settlements      settlements with their kind ({@code г. Аксай}, {@code ст-ца Ольгинская})
 * @param urban            whether most homes are flats (an address then has a {@code кв.})
 */
record Municipality(
        String name,
        int firstPostcode,
        int lastPostcode,
        String districtInAddress,
        List<String> settlements,
        boolean urban,
        String birthCity,
        String registryOffice) {
}
