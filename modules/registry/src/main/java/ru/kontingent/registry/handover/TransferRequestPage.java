package ru.kontingent.registry.handover;

import java.util.List;

/** A page of transfer requests, newest first. */
public record TransferRequestPage(List<TransferRequestView> items, int page, int size, long total) {
}
