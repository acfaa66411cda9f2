// Random, obviously made-up words for names, so each test's records are found only by its own searches.
import { randomBytes } from 'node:crypto';

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A pronounceable nonsense word, e.g. "Tavokeri"; distinct words differ in several letters. */
export function word(syllables = 4): string {
  const bytes = randomBytes(syllables * 2);
  let w = '';
  for (let i = 0; i < syllables; i++) w += CONSONANTS[bytes[2 * i]! % CONSONANTS.length]! + VOWELS[bytes[2 * i + 1]! % VOWELS.length]!;
  return w[0]!.toUpperCase() + w.slice(1);
}
