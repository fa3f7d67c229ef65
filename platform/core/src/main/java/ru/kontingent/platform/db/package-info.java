/** Reading database failures: which constraint a flush broke. */
package ru.kontingent.platform.db;
