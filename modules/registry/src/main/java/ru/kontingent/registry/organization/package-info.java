/** Registry: organizations. */
package ru.kontingent.registry.organization;
