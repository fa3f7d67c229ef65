/**
 * Portfolio: the certificates of general education (аттестат об основном / о среднем общем
 * образовании), one per student and kind, with the final grade (3..5) of every subject.
 */
package ru.kontingent.portfolio.certificate;
