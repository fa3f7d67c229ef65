/** The portfolio's reports: olympiad results, exam statistics, certificates issued; aggregates only. */
package ru.kontingent.portfolio.report;
