/** The audit core: personal-data access journaled in the region schema, inside the caller's transaction. */
package ru.kontingent.platform.audit;
