/**
 * Synthetic students for demos and benchmarks: a deterministic region (same seed, same bytes) of
 * Russian children with consistent names, valid unique SNILS, Rostov oblast documents and
 * addresses, their parents and optionally a school enrollment, written as NDJSON or CSV one line
 * at a time so a million students never sit in memory. Used by the {@code generate} command.
 */
package ru.kontingent.devtools.synthetic;
