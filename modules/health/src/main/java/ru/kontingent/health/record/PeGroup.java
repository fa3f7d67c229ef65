package ru.kontingent.health.record;

/** Медицинская группа для занятий физической культурой: основная, подготовительная, специальная «А» и «Б». */
public enum PeGroup {
    BASIC, PREPARATORY, SPECIAL_A, SPECIAL_B
}
