/**
 * The student as other modules need it, without depending on the registry: the registry
 * implements {@link ru.kontingent.platform.student.StudentDirectory}; health and portfolio ask it
 * whether a student exists and whether it belongs to a school, through {@link ru.kontingent.platform.student.StudentScope}.
 */
package ru.kontingent.platform.student;
