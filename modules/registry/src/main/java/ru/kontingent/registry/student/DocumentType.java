package ru.kontingent.registry.student;

/** Identity documents a child or a representative may present. */
public enum DocumentType {
    /** свидетельство о рождении РФ: series like IV-АН, number of 6 digits */
    BIRTH_CERTIFICATE,
    /** паспорт гражданина РФ (from 14): series of 4 digits, number of 6 digits */
    PASSPORT,
    /** foreign documents: free-form series and number */
    FOREIGN_BIRTH_CERTIFICATE,
    FOREIGN_PASSPORT,
    /** residence permit, refugee certificate and the like */
    OTHER
}
