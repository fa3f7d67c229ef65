/**
 * Portfolio: state exam results (OGE after grade 9, EGE after grade 11, GVE the alternative
 * exam), one per student, exam, subject and year, each on its exam's scale.
 */
package ru.kontingent.portfolio.exam;
