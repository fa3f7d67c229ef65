package ru.kontingent.registry.student;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import ru.kontingent.registry.identity.Snils;
import ru.kontingent.registry.text.SearchText;

import java.time.LocalDate;
import java.util.Map;

/**
 * Who a person is, the same for a child and a representative: full name, birth date, SNILS
 * (stored normalized), citizenship and identity document, in the same columns of either table.
 */
@Embeddable
public class Person {

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    /** Normalized: 11 digits; shown formatted. */
    @Column(nullable = false)
    private String snils;

    @Column(nullable = false)
    private String citizenship;

    @Embedded
    private IdentityDocument identityDocument;

    protected Person() {
    }

    static Person of(String lastName, String firstName, String middleName, LocalDate birthDate, String snils,
                     String citizenship, IdentityDocumentInput document) {
        Person person = new Person();
        person.lastName = lastName.strip();
        person.firstName = firstName.strip();
        person.middleName = Names.optional(middleName);
        person.birthDate = birthDate;
        person.snils = Snils.parse(snils).normalized();
        person.citizenship = citizenship;
        person.identityDocument = IdentityDocument.of(document);
        return person;
    }

    String snils() {
        return snils;
    }

    String citizenship() {
        return citizenship;
    }

    IdentityDocumentInput documentInput() {
        return identityDocument.input();
    }

    PersonContent content() {
        Object[] document = identityDocument.columns();
        return new PersonContent(lastName, firstName, middleName, birthDate, snils, citizenship, (String) document[0],
                (String) document[1], (String) document[2], (String) document[3], (java.time.LocalDate) document[4]);
    }

    /** "фамилия имя отчество" in the form name search compares. */
    String lastName() {
        return lastName;
    }

    String firstName() {
        return firstName;
    }

    String middleName() {
        return middleName;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String searchName() {
        return SearchText.of(lastName, firstName, middleName);
    }

    void putNameAndBirthDate(Map<String, Object> view) {
        view.put("lastName", lastName);
        view.put("firstName", firstName);
        view.put("middleName", middleName);
        view.put("birthDate", birthDate);
    }

    void putIdentity(Map<String, Object> view) {
        view.put("snils", Snils.parse(snils).formatted());
        view.put("citizenship", citizenship);
        view.put("identityDocument", identityDocument.view());
    }
}
