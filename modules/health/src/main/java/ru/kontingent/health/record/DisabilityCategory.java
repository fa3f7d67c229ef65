package ru.kontingent.health.record;

/** Категория «ребёнок-инвалид»: the one disability category a minor can have. */
public enum DisabilityCategory {
    CHILD_WITH_DISABILITY
}
