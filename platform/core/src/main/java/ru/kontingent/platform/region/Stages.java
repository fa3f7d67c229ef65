package ru.kontingent.platform.region;

/** The rollout stages a region moves through, one step at a time. */
public final class Stages {

    public static final int FIRST = 1;
    public static final int LAST = 3;

    private Stages() {
    }

    public static boolean isValid(int stage) {
        return stage >= FIRST && stage <= LAST;
    }

    public static boolean isOneStep(int from, int to) {
        return isValid(from) && isValid(to) && (to == from + 1 || to == from - 1);
    }
}
