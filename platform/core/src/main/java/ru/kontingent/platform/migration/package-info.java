/** Liquibase migrations of the catalog and of every region schema, at start and at onboarding. */
package ru.kontingent.platform.migration;
