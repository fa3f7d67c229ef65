/** MicroProfile Health checks: liveness of the application, readiness of database and catalog. */
package ru.kontingent.platform.health;
