/** Which reports exist and who may run them where. */
package ru.kontingent.reporting.catalog;
