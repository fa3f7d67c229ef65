/**
 * Code lists and ranges the portfolio's features share: school subjects (with the ones a state
 * exam is held in) and the plausible range of a school or exam year.
 */
package ru.kontingent.portfolio.reference;
