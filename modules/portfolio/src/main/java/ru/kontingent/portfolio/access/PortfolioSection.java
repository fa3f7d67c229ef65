package ru.kontingent.portfolio.access;

/**
 * One part of a student's portfolio as the platform sees it.
 *
 * @param name the audit event's field ({@code grades}); also what the parents' section calls it
 * @param view the field-policy view ({@code portfolio.grade})
 * @param item what one record is called in a 404 ({@code grade})
 */
public record PortfolioSection(String name, String view, String item) {
}
