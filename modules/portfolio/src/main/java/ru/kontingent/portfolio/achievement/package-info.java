/** Portfolio: olympiads, competitions and other achievements of a student. */
package ru.kontingent.portfolio.achievement;
