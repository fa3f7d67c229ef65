/**
 * The student as other modules need it, without depending on the registry: the registry
 * implements {@link ru.kontingent.platform.student.StudentDirectory}; health and portfolio ask it
 * whether a student exists and whether it belongs to a school, through {@link ru.kontingent.platform.student.StudentScope}.
 * When two records of one child are merged, every module moves its own records through a
 * {@link ru.kontingent.platform.student.StudentMergeParticipant}.
 */
package ru.kontingent.platform.student;
