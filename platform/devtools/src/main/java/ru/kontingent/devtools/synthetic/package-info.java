/**
 * Synthetic students for demos and benchmarks: a deterministic region (same seed, same bytes) of
 * Russian children with consistent names, valid unique SNILS, Rostov oblast documents and
 * addresses in its 55 municipalities, their parents, and with schools (valid INN/OGRN, placed by
 * population) a trajectory each: a current enrollment since grade 1 or since a transfer, or none
 * after a move to another region, the ended enrollments beside. Written as NDJSON or CSV one line
 * at a time so a million students never sit in memory. Used by the {@code generate} command and
 * the benchmarks' seeding.
 */
package ru.kontingent.devtools.synthetic;
