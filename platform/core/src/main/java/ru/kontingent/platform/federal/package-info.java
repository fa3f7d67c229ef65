/** The federal index: where a person is enrolled across regions, keyed by an HMAC of the SNILS. */
package ru.kontingent.platform.federal;
