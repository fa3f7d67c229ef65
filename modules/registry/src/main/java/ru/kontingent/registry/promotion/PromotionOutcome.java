package ru.kontingent.registry.promotion;

/** What the promotion does to one student. */
public enum PromotionOutcome {
    /** moves on to the next grade (and level, after grades 4 and 9) in the same organization */
    PROMOTED,
    /** leaves the organization having completed a level: grade 11, or grade 9 listed as leaving */
    GRADUATED,
    /** stays in the same grade (listed by the caller): the enrollment is left as it is */
    HELD_BACK
}
