/**
 * The federal roll-up: a report summed over every region, per region and in total, with small
 * cells suppressed so that no child can be singled out. Aggregates only, never personal data.
 */
package ru.kontingent.reporting.federal;
