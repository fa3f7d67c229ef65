/** Errors as RFC 9457 problem documents: named exceptions in, problem+json out, nothing else. */
package ru.kontingent.platform.problem;
