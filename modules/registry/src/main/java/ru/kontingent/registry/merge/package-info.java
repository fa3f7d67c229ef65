/**
 * Duplicate merge: two records of one child become one. The registry runs it, in one transaction,
 * with every module's {@link ru.kontingent.platform.student.StudentMergeParticipant} the region's
 * stage enables, and records what moved so an undo can put exactly that back.
 */
package ru.kontingent.registry.merge;
