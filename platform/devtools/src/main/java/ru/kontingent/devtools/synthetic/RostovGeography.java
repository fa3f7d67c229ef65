package ru.kontingent.devtools.synthetic;

import java.util.List;

/**
 * The places of the demo region, Rostov oblast (region 61): the ten municipalities of DOMAIN.md,
 * weighted by population (thousands, rounded) so that Rostov-on-Don holds about half the children;
 * postcodes within each municipality's real range; a few cities elsewhere for children born away.
 */
final class RostovGeography {

    static final String REGION_IN_ADDRESS = "Ростовская обл.";

    /** Issuer of passports since the FMS was folded into the MVD in 2016; before that the FMS office. */
    static final String PASSPORT_OFFICE = "ГУ МВД России по Ростовской области";
    static final String PASSPORT_OFFICE_BEFORE_2016 = "УФМС России по Ростовской области";
    static final int MVD_TAKES_OVER_PASSPORTS = 2016;

    private static final Weighted<Municipality> MUNICIPALITIES = new Weighted<Municipality>()
            .add(1140, city("Ростов-на-Дону", 344000, 344119, "Отдел ЗАГС Администрации г. Ростова-на-Дону"))
            .add(245, city("Таганрог", 347900, 347942, "Отдел ЗАГС Администрации г. Таганрога"))
            .add(225, city("Шахты", 346500, 346530, "Отдел ЗАГС Администрации г. Шахты"))
            .add(165, city("Новочеркасск", 346400, 346430, "Отдел ЗАГС Администрации г. Новочеркасска"))
            .add(170, city("Волгодонск", 347360, 347389, "Отдел ЗАГС Администрации г. Волгодонска"))
            .add(130, city("Батайск", 346880, 346897, "Отдел ЗАГС Администрации г. Батайска"))
            .add(105, city("Новошахтинск", 346900, 346919, "Отдел ЗАГС Администрации г. Новошахтинска"))
            .add(100, new Municipality("Азовский район", 346740, 346789, "Азовский р-н",
                    List.of("с. Кулешовка", "с. Самарское", "с. Кагальник", "с. Александровка", "с. Головатовка",
                            "х. Обуховка", "п. Овощной"),
                    false, "Азов", "Отдел ЗАГС Администрации Азовского района"))
            .add(120, new Municipality("Аксайский район", 346700, 346735, "Аксайский р-н",
                    List.of("г. Аксай", "г. Аксай", "ст-ца Ольгинская", "п. Рассвет", "х. Ленина",
                            "ст-ца Старочеркасская", "п. Щепкин"),
                    false, "Аксай", "Отдел ЗАГС Администрации Аксайского района"))
            .add(100, new Municipality("Сальский район", 347600, 347660, "Сальский р-н",
                    List.of("г. Сальск", "г. Сальск", "п. Гигант", "с. Сандата", "с. Новый Егорлык", "п. Юловский"),
                    false, "Сальск", "Отдел ЗАГС Администрации Сальского района"));

    /** Children of the region born elsewhere in Russia: the neighbours and the capitals. */
    private static final List<BirthCity> ELSEWHERE_IN_RUSSIA = List.of(
            new BirthCity("Краснодар", "Отдел ЗАГС Прикубанского округа г. Краснодара"),
            new BirthCity("Волгоград", "Отдел ЗАГС администрации Волгограда"),
            new BirthCity("Ставрополь", "Отдел ЗАГС администрации г. Ставрополя"),
            new BirthCity("Воронеж", "Отдел ЗАГС Управления ЗАГС Воронежской области по г. Воронежу"),
            new BirthCity("Москва", "Органы ЗАГС Москвы № 3 Тверской"),
            new BirthCity("Санкт-Петербург", "Отдел ЗАГС Центрального района Санкт-Петербурга"),
            new BirthCity("Элиста", "Отдел ЗАГС г. Элисты"));

    private static final List<String> STREETS = List.of(
            "ул. Ленина", "ул. Садовая", "ул. Пушкинская", "ул. Советская", "ул. Мира", "ул. Гагарина",
            "ул. Комсомольская", "ул. Октябрьская", "ул. Первомайская", "ул. Московская", "ул. Шолохова",
            "ул. Чехова", "ул. Горького", "ул. Кирова", "ул. Победы", "ул. Молодёжная", "ул. Школьная",
            "ул. Степная", "ул. Зелёная", "ул. Луговая", "ул. Северная", "ул. Заводская", "ул. Строителей",
            "ул. Суворова", "ул. Калинина", "ул. Чкалова", "ул. Пролетарская", "ул. Красноармейская",
            "ул. Платова", "ул. Вокзальная", "ул. 50-летия Победы", "ул. Маршала Жукова", "пер. Почтовый",
            "пер. Спортивный", "пр-кт Ленина", "пр-кт Мира", "б-р Дружбы", "ул. Донская", "ул. Казачья",
            "ул. Садовая 2-я");

    /** A birth place and the office that registers births there. */
    record BirthCity(String name, String registryOffice) {
    }

    private RostovGeography() {
    }

    static Municipality municipality(SplitMix64 random) {
        return MUNICIPALITIES.pick(random);
    }

    static List<Municipality> municipalities() {
        return MUNICIPALITIES.items();
    }

    /** Most children are born where they live; one in ten elsewhere in Russia. */
    static BirthCity birthCity(Municipality home, SplitMix64 random) {
        if (random.chance(0.9)) {
            return new BirthCity(home.birthCity(), home.registryOffice());
        }
        return random.pick(ELSEWHERE_IN_RUSSIA);
    }

    /** {@code 347913, Ростовская обл., г. Таганрог, ул. Чехова, д. 12, кв. 34}. */
    static String address(Municipality municipality, SplitMix64 random) {
        StringBuilder address = new StringBuilder(96)
                .append(random.between(municipality.firstPostcode(), municipality.lastPostcode()))
                .append(", ").append(REGION_IN_ADDRESS).append(", ");
        if (municipality.districtInAddress() != null) {
            address.append(municipality.districtInAddress()).append(", ");
        }
        String settlement = random.pick(municipality.settlements());
        address.append(settlement).append(", ").append(random.pick(STREETS)).append(", д. ");
        address.append(random.between(1, municipality.urban() ? 180 : 90));
        if (random.chance(0.08)) {
            address.append(", корп. ").append(random.between(1, 4));
        }
        boolean flats = municipality.urban() ? random.chance(0.85) : settlement.startsWith("г. ") && random.chance(0.5);
        if (flats) {
            address.append(", кв. ").append(random.between(1, 240));
        }
        return address.toString();
    }

    private static Municipality city(String name, int firstPostcode, int lastPostcode, String registryOffice) {
        return new Municipality(name, firstPostcode, lastPostcode, null, List.of("г. " + name), true, name,
                registryOffice);
    }
}
