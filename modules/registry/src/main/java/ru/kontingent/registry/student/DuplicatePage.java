package ru.kontingent.registry.student;

import java.util.List;

/** One page of duplicate candidates, a group per name and birth date. */
public record DuplicatePage(List<DuplicateGroup> items, int page, int size, long total) {
}
