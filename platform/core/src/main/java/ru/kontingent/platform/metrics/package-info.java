/**
 * Application metrics in the server's Micrometer registry (the micrometer subsystem), scraped by
 * Prometheus from the management port. Every label value comes from a closed set (catalogued region
 * codes, module ids, HTTP method names, status classes, outcome names): never from request text,
 * never an identifier or personal data, so the number of series stays bounded.
 */
package ru.kontingent.platform.metrics;
