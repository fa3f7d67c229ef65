/** Portfolio: the performance part of a parent's view of its child (grades, exams, certificates, achievements). */
package ru.kontingent.portfolio.performance;
