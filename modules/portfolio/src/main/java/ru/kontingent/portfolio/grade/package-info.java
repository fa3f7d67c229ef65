/**
 * Portfolio: current and final grades per school year, period and subject (a mark 2..5, or a
 * pass/fail for subjects assessed without marks), one per key; a second write replaces the first.
 */
package ru.kontingent.portfolio.grade;
