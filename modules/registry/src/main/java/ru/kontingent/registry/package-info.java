/** The registry module (stage 1): the region's organizations, students, representatives and enrollments. */
package ru.kontingent.registry;
