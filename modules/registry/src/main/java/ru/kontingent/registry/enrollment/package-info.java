/** Registry: enrollments. */
package ru.kontingent.registry.enrollment;
