package ru.kontingent.registry.student;

public enum Sex {
    M,
    F
}
