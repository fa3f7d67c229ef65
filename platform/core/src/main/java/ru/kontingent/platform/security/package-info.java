/** The caller as the verified MicroProfile JWT describes it; roles and claims, nothing from the request. */
package ru.kontingent.platform.security;
