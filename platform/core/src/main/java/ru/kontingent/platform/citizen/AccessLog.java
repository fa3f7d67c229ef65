package ru.kontingent.platform.citizen;

import java.util.List;

/** One page of a child's access log, newest first. */
public record AccessLog(List<AccessLogEntry> items, int page, int size, long total) {
}
