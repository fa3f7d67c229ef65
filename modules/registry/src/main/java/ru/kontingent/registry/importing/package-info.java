/**
 * Bulk import of students (NDJSON or CSV): spooled to disk, read line by line, validated per
 * line, stored idempotently by SNILS in batch transactions, followed as a job.
 */
package ru.kontingent.registry.importing;
