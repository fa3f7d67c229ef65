package ru.kontingent.portfolio.certificate;

/** After grade 9 (основное общее) or grade 11 (среднее общее). */
public enum CertificateKind {
    BASIC_GENERAL,
    SECONDARY_GENERAL
}
