package ru.kontingent.server.probe;

public record ProbeView(String id, String text, String schema) {
}
