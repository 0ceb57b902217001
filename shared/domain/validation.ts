// Checks on values as a user types them. Each returns null when the value is fine, or a message
// that says what is wrong in words the user can act on. Empty means "not filled in", which is fine.

import { z } from 'zod';

const emailSchema = z.email();
const linkSchema = z.url({ protocol: /^(https?|mailto)$/ });

export function checkEmail(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  return emailSchema.safeParse(value).success
    ? null
    : 'Enter an email address like name@example.org.';
}

export function checkPhone(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  return /^[+()\d\s.-]{5,}$/.test(value) && /\d{3,}/.test(value.replace(/\D/g, ''))
    ? null
    : 'Enter a phone number using digits, spaces, +, ( ) and -.';
}

/** Parses a score typed as text: '' is "not yet assessed" (null); otherwise a whole number 0–10. */
export function parseScore(text: string): { value: number | null } | { error: string } {
  const value = text.trim();
  if (value === '') return { value: null };
  const score = Number(value);
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    return { error: 'Enter a whole number from 0 to 10, or leave it empty if not yet assessed.' };
  }
  return { value: score };
}

/** Links open in the system browser, so only web and mail links are accepted. */
export function checkLink(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (linkSchema.safeParse(value).success) return null;
  return 'Enter a web address starting with https:// or http:// (or a mailto: link).';
}

export function isOpenableLink(text: string): boolean {
  return text.trim() !== '' && checkLink(text) === null;
}

/** An event cannot end before it starts; either may be missing. */
export function checkDateRange(start: string | null, end: string | null): string | null {
  if (!start || !end) return null;
  return end < start ? 'The end is before the start.' : null;
}
