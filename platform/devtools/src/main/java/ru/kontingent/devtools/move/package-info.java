/**
 * Moving a region's schema from one PostgreSQL server to another (docs/platform.md, "Moving a
 * region"): suspend through the API, {@code pg_dump} of the schema, restore, grants, row counts
 * compared, catalog switch, reactivation, old schema dropped.
 */
package ru.kontingent.devtools.move;
