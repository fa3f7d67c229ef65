/** The health module (stage 2): a student's health record with dated history, shown per role as little as the purpose needs. */
package ru.kontingent.health;
