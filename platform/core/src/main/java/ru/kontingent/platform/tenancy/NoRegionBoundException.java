package ru.kontingent.platform.tenancy;

/** Tenant data was asked for on a thread bound to no region: a programming error, never a fallback. */
public class NoRegionBoundException extends IllegalStateException {

    public NoRegionBoundException() {
        super("No region is bound to this thread; tenant data is unreachable without one");
    }
}
