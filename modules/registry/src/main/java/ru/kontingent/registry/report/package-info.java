/**
 * The registry's reports, contributed to the reporting engine through the module SPI: the
 * contingent as of a date (from the dated enrollment history), organizations, migration.
 */
package ru.kontingent.registry.report;
