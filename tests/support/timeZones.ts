import { afterAll, expect } from 'vitest';

/**
 * Zones that catch local-time bugs, each with its getTimezoneOffset() on 24 February 2022: UTC, Los
 * Angeles (behind UTC: midnight UTC is still the day before there), Kolkata (a half-hour offset) and
 * Kiritimati (14 hours ahead).
 */
export const TEST_ZONES: Array<[zone: string, offset: number]> = [
  ['UTC', 0],
  ['America/Los_Angeles', 480],
  ['Asia/Kolkata', -330],
  ['Pacific/Kiritimati', -840],
];

/**
 * Switches the process to `zone` and proves the switch took effect (so assertions do not all silently
 * run in one zone). Call `restoreTimeZoneAfterAll()` once in the describe block that uses it.
 */
export function switchTimeZone(zone: string, offset: number): void {
  process.env.TZ = zone;
  expect(new Date(Date.UTC(2022, 1, 24, 12)).getTimezoneOffset()).toBe(offset);
}

/** Puts the pinned zone back after the block's tests. */
export function restoreTimeZoneAfterAll(): void {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
}
