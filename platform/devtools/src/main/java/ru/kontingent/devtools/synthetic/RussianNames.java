package ru.kontingent.devtools.synthetic;

import java.util.Arrays;
import java.util.List;

/**
 * Common Russian surnames, first names and patronymics. A child's patronymic comes from the
 * father's first name, as the law of names has it, and surnames take the form of the person's sex
 * (Иванов/Иванова, Островский/Островская; Шевченко and Черных do not change).
 */
final class RussianNames {

    /** Male forms; the female form is derived by {@link #feminine(String)}. */
    private static final List<String> SURNAMES = words("""
            Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров
            Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев
            Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев
            Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв
            Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов
            Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров
            Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов
            Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов
            Мартынов Ефимов Щербаков Назаров Калинин Исаев Быков Маслов Родионов Коновалов
            Лазарев Воронин Климов Пономарёв Голубев Кудрявцев Прохоров Наумов Журавлёв Трофимов
            Колесников Гончаров Ермаков Котов Громов Малышев Панов Моисеев Лукьянов Нестеров
            Островский Покровский Вишневский Успенский Луговской Шевченко Бондаренко Кравченко
            Ткаченко Коваленко Савченко Марченко Черных Седых Донской Полевой
            """);

    private static final List<String> BOYS = words("""
            Александр Максим Артём Михаил Иван Дмитрий Даниил Кирилл Егор Андрей Никита Илья
            Алексей Матвей Тимофей Роман Владимир Ярослав Фёдор Георгий Константин Лев Николай
            Степан Марк Глеб Арсений Владислав Денис Павел Евгений Сергей Тимур Богдан Семён
            Захар Платон Савелий Мирон Василий Давид Вадим Антон Игорь Олег Григорий Леонид
            Виктор Елисей Демид
            """);

    private static final List<String> GIRLS = words("""
            Анастасия Мария Анна Виктория Полина Елизавета Екатерина Дарья Софья Александра
            Варвара Ксения Алиса Вероника Арина Валерия Ева Милана Кира Ульяна Василиса Алёна
            Татьяна Юлия Маргарита Диана Ангелина Вера Таисия Злата Ольга Елена Наталья Ирина
            Кристина Есения Амелия Любовь Надежда Яна Карина Алина Евгения Валентина Серафима
            Стефания Мирослава Эвелина Агата Василина
            """);

    private static final List<String> WOMEN = words("""
            Елена Ольга Наталья Татьяна Ирина Светлана Юлия Анна Екатерина Марина Оксана Мария
            Анастасия Евгения Надежда Людмила Галина Лариса Жанна Виктория Вера Любовь Алёна
            Кристина Валентина Инна Яна Дарья Ксения Александра Алла Олеся Анжелика Маргарита
            Валерия Елизавета Полина Нина Тамара Эльвира
            """);

    /** Father's first name, then the patronymic of his son and of his daughter (Илья gives Ильич, Ильинична). */
    private static final List<MaleName> MEN = Arrays.stream("""
            Александр Александрович Александровна
            Алексей Алексеевич Алексеевна
            Анатолий Анатольевич Анатольевна
            Андрей Андреевич Андреевна
            Антон Антонович Антоновна
            Артём Артёмович Артёмовна
            Богдан Богданович Богдановна
            Борис Борисович Борисовна
            Вадим Вадимович Вадимовна
            Валентин Валентинович Валентиновна
            Валерий Валерьевич Валерьевна
            Василий Васильевич Васильевна
            Виктор Викторович Викторовна
            Виталий Витальевич Витальевна
            Владимир Владимирович Владимировна
            Владислав Владиславович Владиславовна
            Вячеслав Вячеславович Вячеславовна
            Геннадий Геннадьевич Геннадьевна
            Георгий Георгиевич Георгиевна
            Глеб Глебович Глебовна
            Григорий Григорьевич Григорьевна
            Денис Денисович Денисовна
            Дмитрий Дмитриевич Дмитриевна
            Евгений Евгеньевич Евгеньевна
            Егор Егорович Егоровна
            Иван Иванович Ивановна
            Игорь Игоревич Игоревна
            Илья Ильич Ильинична
            Кирилл Кириллович Кирилловна
            Константин Константинович Константиновна
            Лев Львович Львовна
            Леонид Леонидович Леонидовна
            Максим Максимович Максимовна
            Матвей Матвеевич Матвеевна
            Михаил Михайлович Михайловна
            Никита Никитич Никитична
            Николай Николаевич Николаевна
            Олег Олегович Олеговна
            Павел Павлович Павловна
            Пётр Петрович Петровна
            Роман Романович Романовна
            Руслан Русланович Руслановна
            Сергей Сергеевич Сергеевна
            Станислав Станиславович Станиславовна
            Степан Степанович Степановна
            Тимофей Тимофеевич Тимофеевна
            Тимур Тимурович Тимуровна
            Фёдор Фёдорович Фёдоровна
            Эдуард Эдуардович Эдуардовна
            Юрий Юрьевич Юрьевна
            Ярослав Ярославович Ярославовна
            """.strip().split("\n"))
            .map(line -> line.strip().split(" "))
            .map(parts -> new MaleName(parts[0], parts[1], parts[2]))
            .toList();

    /** A man's first name with the patronymics it gives his children. */
    record MaleName(String firstName, String sonsPatronymic, String daughtersPatronymic) {

        String patronymicFor(Sex sex) {
            return sex == Sex.M ? sonsPatronymic : daughtersPatronymic;
        }
    }

    private RussianNames() {
    }

    /** A family surname in its male form. */
    static String surname(SplitMix64 random) {
        return random.pick(SURNAMES);
    }

    static String surnameFor(String maleForm, Sex sex) {
        return sex == Sex.M ? maleForm : feminine(maleForm);
    }

    static String childFirstName(SplitMix64 random, Sex sex) {
        return random.pick(sex == Sex.M ? BOYS : GIRLS);
    }

    static String womanFirstName(SplitMix64 random) {
        return random.pick(WOMEN);
    }

    static MaleName man(SplitMix64 random) {
        return random.pick(MEN);
    }

    /** Adjectival and -ов/-ев/-ин surnames agree with the sex; the others (-енко, -их) stay as they are. */
    static String feminine(String maleSurname) {
        if (maleSurname.endsWith("ский") || maleSurname.endsWith("цкий")) {
            return maleSurname.substring(0, maleSurname.length() - 2) + "ая";
        }
        if (maleSurname.endsWith("ской") || maleSurname.endsWith("цкой")) {
            return maleSurname.substring(0, maleSurname.length() - 2) + "ая";
        }
        if (maleSurname.endsWith("ой")) {
            return maleSurname.substring(0, maleSurname.length() - 2) + "ая";
        }
        for (String ending : List.of("ов", "ев", "ёв", "ин", "ын")) {
            if (maleSurname.endsWith(ending)) {
                return maleSurname + "а";
            }
        }
        return maleSurname;
    }

    static List<String> surnames() {
        return SURNAMES;
    }

    static List<MaleName> men() {
        return MEN;
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
