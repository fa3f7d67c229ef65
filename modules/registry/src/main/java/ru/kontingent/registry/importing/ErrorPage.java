package ru.kontingent.registry.importing;

import java.util.List;

public record ErrorPage(List<LineError> items, int page, int size, long total) {
}
