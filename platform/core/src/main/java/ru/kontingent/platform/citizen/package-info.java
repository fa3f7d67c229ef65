/**
 * The parents' view through the public services portal (role {@code citizen}): the caller's
 * children in every region, found through the federal index by the keyed hash of the caller's
 * SNILS, each read in its own region's transaction and journal; and the child's access log
 * (152-FZ art. 14: the data subject's right to know who processed its data).
 */
package ru.kontingent.platform.citizen;
