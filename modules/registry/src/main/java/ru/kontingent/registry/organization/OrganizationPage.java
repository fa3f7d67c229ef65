package ru.kontingent.registry.organization;

import java.util.List;

public record OrganizationPage(List<OrganizationView> items, int page, int size, long total) {
}
