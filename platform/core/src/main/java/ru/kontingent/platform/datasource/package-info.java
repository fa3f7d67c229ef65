/**
 * The PostgreSQL servers regions live on. Each server is a pair of WildFly datasources (a JTA pool
 * for the runtime role, a small non-JTA pool for the migration role); the catalog row of a region
 * names the server, and the connection provider, the migrator and the grants pick the pool by it.
 * The catalog itself (schema {@code platform}) lives on the primary server only.
 */
package ru.kontingent.platform.datasource;
