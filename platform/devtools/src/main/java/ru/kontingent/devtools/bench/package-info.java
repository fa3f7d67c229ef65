/**
 * The import benchmark's figures and records: rates and the ratio to the raw COPY baseline, the
 * machine and its load, the console table, the rows of BENCHMARKS.md, and the baseline itself.
 */
package ru.kontingent.devtools.bench;
