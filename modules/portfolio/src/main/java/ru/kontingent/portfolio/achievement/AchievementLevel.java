package ru.kontingent.portfolio.achievement;

/** The level of the olympiad or competition (FEDERAL: всероссийский). */
public enum AchievementLevel {
    SCHOOL,
    MUNICIPAL,
    REGIONAL,
    FEDERAL,
    INTERNATIONAL
}
