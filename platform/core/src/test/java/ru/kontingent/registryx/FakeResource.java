package ru.kontingent.registryx;

/** A package that only starts like a module id: must not count as that module. */
public class FakeResource {
}
