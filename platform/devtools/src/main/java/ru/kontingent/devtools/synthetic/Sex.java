package ru.kontingent.devtools.synthetic;

/** As the API spells it. */
enum Sex {
    M,
    F
}
