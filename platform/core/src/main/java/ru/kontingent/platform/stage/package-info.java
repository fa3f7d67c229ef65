/** Rollout stages: which modules a region may use, checked on every request. */
package ru.kontingent.platform.stage;
