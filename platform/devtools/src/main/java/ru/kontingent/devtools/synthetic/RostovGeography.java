package ru.kontingent.devtools.synthetic;

import java.util.List;

/**
 * The places of the demo region, Rostov oblast (region 61): its 55 municipalities (the ten of
 * DOMAIN.md first), weighted by population (thousands, rounded) so that Rostov-on-Don holds about
 * a quarter of the children;
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
                    false, "Сальск", "Отдел ЗАГС Администрации Сальского района"))
            .add(80, city("Азов", 346780, 346789, "Отдел ЗАГС Администрации г. Азова"))
            .add(64, city("Гуково", 347870, 347879, "Отдел ЗАГС Администрации г. Гуково"))
            .add(47, city("Донецк", 346330, 346339, "Отдел ЗАГС Администрации г. Донецка"))
            .add(19, city("Зверево", 346310, 346319, "Отдел ЗАГС Администрации г. Зверево"))
            .add(86, city("Каменск-Шахтинский", 347800, 347829, "Отдел ЗАГС Администрации г. Каменска-Шахтинского"));

    /*
     * The other districts of the oblast (55 municipalities in all, as Rostov oblast has): name, the
     * district's centre, the town whose hospital its children are born in, the first of its ten
     * postcodes, population in thousands (rounded; the weight).
     */
    static {
        """
                Багаевский район|ст-ца Багаевская|Новочеркасск|346610|35
                Белокалитвинский район|г. Белая Калитва|Белая Калитва|347040|90
                Боковский район|ст-ца Боковская|Миллерово|346250|13
                Верхнедонской район|ст-ца Казанская|Миллерово|346170|18
                Весёловский район|п. Весёлый|Зерноград|347780|24
                Волгодонской район|ст-ца Романовская|Волгодонск|347350|33
                Дубовский район|с. Дубовское|Зимовники|347410|20
                Егорлыкский район|ст-ца Егорлыкская|Сальск|347660|34
                Заветинский район|с. Заветное|Зимовники|347430|16
                Зерноградский район|г. Зерноград|Зерноград|347740|55
                Зимовниковский район|п. Зимовники|Зимовники|347460|36
                Кагальницкий район|ст-ца Кагальницкая|Зерноград|347700|29
                Каменский район|рп. Глубокий|Каменск-Шахтинский|347850|40
                Кашарский район|сл. Кашары|Миллерово|346200|24
                Константиновский район|г. Константиновск|Константиновск|347250|32
                Красносулинский район|г. Красный Сулин|Красный Сулин|346350|75
                Куйбышевский район|с. Куйбышево|Таганрог|346940|14
                Мартыновский район|сл. Большая Мартыновка|Волгодонск|346660|34
                Матвеево-Курганский район|п. Матвеев Курган|Таганрог|346970|42
                Миллеровский район|г. Миллерово|Миллерово|346130|63
                Милютинский район|ст-ца Милютинская|Морозовск|347120|11
                Морозовский район|г. Морозовск|Морозовск|347210|40
                Мясниковский район|с. Чалтырь|Ростов-на-Дону|346800|47
                Неклиновский район|с. Покровское|Таганрог|346830|86
                Обливский район|ст-ца Обливская|Морозовск|347140|17
                Октябрьский район|рп. Каменоломни|Шахты|346480|70
                Орловский район|п. Орловский|Пролетарск|347510|38
                Песчанокопский район|с. Песчанокопское|Сальск|347570|32
                Пролетарский район|г. Пролетарск|Пролетарск|347540|35
                Ремонтненский район|с. Ремонтное|Зимовники|347480|18
                Родионово-Несветайский район|сл. Родионово-Несветайская|Новошахтинск|346580|21
                Семикаракорский район|г. Семикаракорск|Семикаракорск|346630|49
                Советский район|ст-ца Советская|Морозовск|347180|6
                Тарасовский район|п. Тарасовский|Миллерово|346050|29
                Тацинский район|ст-ца Тацинская|Белая Калитва|347060|35
                Усть-Донецкий район|рп. Усть-Донецкий|Семикаракорск|346550|32
                Целинский район|п. Целина|Сальск|347760|31
                Цимлянский район|г. Цимлянск|Цимлянск|347320|34
                Чертковский район|п. Чертково|Миллерово|346000|33
                Шолоховский район|ст-ца Вёшенская|Миллерово|346270|26
                """.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\|");
            int firstPostcode = Integer.parseInt(cells[3]);
            MUNICIPALITIES.add(Integer.parseInt(cells[4]), district(cells[0], cells[1], cells[2], firstPostcode));
        });
    }

    private static final List<Municipality> MUNICIPALITIES_IN_ORDER = MUNICIPALITIES.items();

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
        return MUNICIPALITIES_IN_ORDER;
    }

    static Weighted<Municipality> weightedMunicipalities() {
        return MUNICIPALITIES;
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

    /** A rural district: "Миллеровский район" is written "Миллеровский р-н", its registry office "... Миллеровского района". */
    private static Municipality district(String name, String centre, String birthCity, int firstPostcode) {
        String adjective = name.substring(0, name.length() - " район".length());
        String genitive = adjective.substring(0, adjective.length() - 2) + "ого района";
        return new Municipality(name, firstPostcode, firstPostcode + 9, adjective + " р-н", List.of(centre), false,
                birthCity, "Отдел ЗАГС Администрации " + genitive);
    }

    private static Municipality city(String name, int firstPostcode, int lastPostcode, String registryOffice) {
        return new Municipality(name, firstPostcode, lastPostcode, null, List.of("г. " + name), true, name,
                registryOffice);
    }
}
