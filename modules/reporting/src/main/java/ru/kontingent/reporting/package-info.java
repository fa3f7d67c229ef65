/**
 * The reporting engine (stage 1): lists, authorizes, runs, caches and renders the reports the
 * modules contribute through the SPI, and rolls them up over all regions for the federal operator.
 * It owns no tables and knows no module: every query is the contributing module's.
 */
package ru.kontingent.reporting;
