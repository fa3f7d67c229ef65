package ru.kontingent.portfolio.exam;

/** ОГЭ, ЕГЭ, ГВЭ. */
public enum Exam {
    OGE,
    EGE,
    GVE
}
