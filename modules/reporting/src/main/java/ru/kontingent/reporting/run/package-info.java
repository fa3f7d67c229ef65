/** Running a report: parameters, access, the result cache keyed by the region's data generation. */
package ru.kontingent.reporting.run;
