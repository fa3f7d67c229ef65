/** The module SPI: what a module declares, and how the platform discovers modules. */
package ru.kontingent.platform.module;
