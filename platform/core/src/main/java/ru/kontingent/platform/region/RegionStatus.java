package ru.kontingent.platform.region;

/** A suspended region keeps all its data; its tokens are refused until it is active again. */
public enum RegionStatus {
    ACTIVE,
    SUSPENDED
}
