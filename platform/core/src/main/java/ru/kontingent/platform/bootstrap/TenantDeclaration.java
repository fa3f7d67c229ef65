package ru.kontingent.platform.bootstrap;

/** One file of {@code tenants/}: a region to host, with its initial stage. */
record TenantDeclaration(String code, String name, int stage, String source) {
}
