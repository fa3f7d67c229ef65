/** The tenant catalog: regions, their rollout stage and status, onboarding, and its cache. */
package ru.kontingent.platform.region;
