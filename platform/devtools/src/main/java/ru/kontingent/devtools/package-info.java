/**
 * Developer tooling, never deployed: dev signing keys, test tokens for every role, an embedded
 * PostgreSQL that keeps its data between runs, and the {@code run} command that starts the
 * provisioned WildFly wired to both; for bulk loads, {@code generate} (synthetic students, package
 * {@code synthetic}) and {@code import} (the bulk import client, package {@code bulkimport}).
 * Entry point: {@link ru.kontingent.devtools.KontingentCli}.
 */
package ru.kontingent.devtools;
