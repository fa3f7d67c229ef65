/**
 * The cross-region transfer handshake: the receiving school asks for a child by SNILS, the sending
 * school accepts or declines, and on acceptance the child's registry record moves. The request lives
 * in the catalog with no personal data; each region's step is its own transaction in its own schema.
 */
package ru.kontingent.registry.handover;
