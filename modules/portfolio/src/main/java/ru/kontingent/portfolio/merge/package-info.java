/**
 * The portfolio's part in a duplicate merge (the registry runs it): every record moves to the kept
 * student unless the two portfolios hold the same key, which would leave one of two results.
 */
package ru.kontingent.portfolio.merge;
