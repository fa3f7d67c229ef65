package ru.kontingent.portfolio.achievement;

/** Победитель, призёр, участник. */
public enum AchievementResult {
    WINNER,
    PRIZE,
    PARTICIPANT
}
