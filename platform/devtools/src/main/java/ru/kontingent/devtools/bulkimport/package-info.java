/**
 * The client of the registry's bulk import ({@code POST /api/registry/import}): streams a file to
 * the server, follows a queued job until it ends with a progress bar on stderr, and reports the
 * summary and the first errors. Used by the {@code import} command.
 */
package ru.kontingent.devtools.bulkimport;
