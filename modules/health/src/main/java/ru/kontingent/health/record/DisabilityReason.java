package ru.kontingent.health.record;

/**
 * Причина инвалидности, as codes so that reports can count by reason: a disease, a congenital
 * condition, an injury, or another reason the medical commission (МСЭ) names.
 */
public enum DisabilityReason {
    DISEASE, CONGENITAL, INJURY, OTHER
}
