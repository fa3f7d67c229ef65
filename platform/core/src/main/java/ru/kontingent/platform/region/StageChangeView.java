package ru.kontingent.platform.region;

import java.time.OffsetDateTime;

/** {@code [{from, to, by, at}]} of the stage history (API.md). {@code from} is null at onboarding. */
public record StageChangeView(Integer from, int to, String by, OffsetDateTime at) {
}
