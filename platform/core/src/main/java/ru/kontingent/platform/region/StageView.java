package ru.kontingent.platform.region;

/** Answer of a stage change: {@code {code, stage}}. */
public record StageView(String code, int stage) {
}
