/** JSON over HTTP: one mapper configuration, and a cap on request bodies. */
package ru.kontingent.platform.json;
