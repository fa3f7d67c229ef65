package ru.kontingent.portfolio.achievement;

/** What the achievement was won in. */
public enum AchievementKind {
    OLYMPIAD,
    COMPETITION,
    OTHER
}
