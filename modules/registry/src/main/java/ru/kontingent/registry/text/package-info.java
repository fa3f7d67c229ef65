/** Normalized text for case- and ё/е-insensitive search. */
package ru.kontingent.registry.text;
