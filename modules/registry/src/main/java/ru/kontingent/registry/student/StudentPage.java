package ru.kontingent.registry.student;

import java.util.List;
import java.util.Map;

public record StudentPage(List<Map<String, Object>> items, int page, int size, long total) {
}
