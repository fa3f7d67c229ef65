/**
 * Identifiers of people and organizations, parsed once at the edge: SNILS, an organization's
 * INN, OGRN and KPP, and citizenship. Each is a value type that cannot hold an invalid number,
 * with a Bean Validation constraint ({@code @ValidSnils} and friends) for request records.
 * Refusals name the identifier and what is wrong with it, never the text itself: a SNILS is
 * personal data (152-FZ) and must not leak into logs or error responses.
 */
package ru.kontingent.registry.identity;
