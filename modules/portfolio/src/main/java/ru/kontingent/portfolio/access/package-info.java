/**
 * What every portfolio call does around its data: the student's scope (region, school), the
 * role's field policy, and the audit event in the same transaction.
 */
package ru.kontingent.portfolio.access;
