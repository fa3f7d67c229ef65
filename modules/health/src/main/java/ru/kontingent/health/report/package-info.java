/** The health module's reports: counts from the health records in force at a date, never a person. */
package ru.kontingent.health.report;
