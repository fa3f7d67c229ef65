package ru.kontingent.registry.handover;

/**
 * The handshake's states. REQUESTED → DECLINED, or REQUESTED → ACCEPTED (the sending region's step
 * committed: enrollment ended, journaled) → COMPLETED (the receiving region's step committed).
 * REQUESTED and ACCEPTED are open: at most one open request per child.
 */
public enum TransferState {
    REQUESTED,
    DECLINED,
    ACCEPTED,
    COMPLETED
}
