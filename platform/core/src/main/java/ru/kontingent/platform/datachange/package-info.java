/** When a region's data last changed, as a generation number caches can key on (report results). */
package ru.kontingent.platform.datachange;
