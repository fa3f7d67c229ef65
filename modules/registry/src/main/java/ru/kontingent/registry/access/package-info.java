/** Who may act on which registry data: organization scope of school operators. */
package ru.kontingent.registry.access;
