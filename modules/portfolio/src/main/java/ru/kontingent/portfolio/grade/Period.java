package ru.kontingent.portfolio.grade;

/** The assessment period of a school year: quarters, halves (in senior grades), the year's final grade. */
public enum Period {
    Q1,
    Q2,
    Q3,
    Q4,
    H1,
    H2,
    YEAR
}
