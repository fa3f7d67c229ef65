/** Registry: students. */
package ru.kontingent.registry.student;
