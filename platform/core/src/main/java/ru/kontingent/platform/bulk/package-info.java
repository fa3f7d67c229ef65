/** Bulk writes through PostgreSQL's COPY: rows in COPY text format, streamed on the transaction's connection. */
package ru.kontingent.platform.bulk;
