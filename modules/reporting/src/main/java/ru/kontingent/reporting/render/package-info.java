/** A report table as JSON, CSV (UTF-8 with BOM, for spreadsheets) or XLSX. */
package ru.kontingent.reporting.render;
