package ru.kontingent.health.record;

/** Группа здоровья of a minor, I (healthy) to V (severe chronic disease, disability). */
public enum HealthGroup {
    I, II, III, IV, V
}
