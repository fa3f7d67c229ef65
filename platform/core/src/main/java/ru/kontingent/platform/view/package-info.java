/** Building blocks of module views: not-found semantics and optimistic locking over HTTP. */
package ru.kontingent.platform.view;
