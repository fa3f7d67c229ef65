package ru.kontingent.registry.student;

import ru.kontingent.registry.text.SearchText;

import java.util.List;

/**
 * Everything stored of a student but its keys, version and timestamps, normalized exactly as the
 * entity stores it: two contents are equal when an import of one over the other changes nothing.
 */
public record StudentContent(PersonContent person, String birthPlace, String sex, String registrationAddress,
                             String residenceAddress, List<RepresentativeContent> representatives) {

    /** The input normalized by the entity itself (a transient student, never persisted), so the rules cannot drift. */
    public static StudentContent of(StudentInput input) {
        return new Student(null, input, null).content();
    }

    public String snils() {
        return person.snils();
    }

    public List<String> representativeSnils() {
        return representatives.stream().map(representative -> representative.person().snils()).toList();
    }

    String searchName() {
        return SearchText.of(person.lastName(), person.firstName(), person.middleName());
    }
}
