/** The portfolio module (stage 3): a student's achievements, exam results, grades and certificates. */
package ru.kontingent.portfolio;
