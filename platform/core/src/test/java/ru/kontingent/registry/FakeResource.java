package ru.kontingent.registry;

/** Stands for a resource class of a module named "registry" in MetricLabelsTest. */
public class FakeResource {
}
