/**
 * Registry: the year-end promotion (приказ о переводе в следующий класс) of an organization, a
 * municipality or the whole region, with a preview, one recorded batch per organization, and undo.
 */
package ru.kontingent.registry.promotion;
