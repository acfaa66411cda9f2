// Arabic names for the evaluation set in a common romanisation, and a Latin-to-Arabic writer that
// is independent of the matcher's script reader (src/identity/arabic.ts): long vowels as alif, waw
// and ya, short vowels left out as Arabic writes them, the article as ال.
export const ARABIC_NAMES = [
  'jamal', 'ashraf', 'karim', 'nasser', 'haddad', 'mansour', 'salim', 'tahir', 'hamdan', 'rashid', 'majid', 'farid',
  'nabil', 'samir', 'adel', 'hakim', 'jalal', 'kamal', 'latif', 'munir', 'qasim', 'rami', 'sabri', 'wahid',
  'yasir', 'hamid', 'bakri', 'darwish', 'ghazi', 'habib', 'jabir', 'khalil', 'marwan', 'nadim', 'qadir', 'sharif',
  'tariq', 'walid', 'zahir', 'masri', 'shami', 'halabi', 'baghdadi', 'tamimi', 'hashimi', 'zubaydi', 'harbi', 'anwar',
] as const;

/** A ظ name spelled with z and with d or dh, as English, French and Levantine habits write it. */
export const DZ_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Zafir', 'Dafir'], ['Zafir', 'Dhafir'], ['Zahir', 'Dhahir'], ['Nazim', 'Nadhim'], ['Hafiz', 'Hafidh'],
  ['Zarif', 'Dharif'], ['Kazim', 'Kadhim'], ['Azim', 'Adhim'], ['Zaki', 'Dhaki'], ['Nazir', 'Nadhir'],
];

const DIGRAPHS: Record<string, string> = { sh: 'ش', kh: 'خ', th: 'ث', dh: 'ذ', gh: 'غ', ou: 'و' };
const LETTERS: Record<string, string> = {
  b: 'ب', t: 'ت', j: 'ج', h: 'ح', d: 'د', r: 'ر', z: 'ز', s: 'س', f: 'ف', q: 'ق', k: 'ك', l: 'ل', m: 'م',
  n: 'ن', w: 'و', y: 'ي', g: 'ج', e: '', o: '', a: '', i: '', u: '',
};
const LONG: Record<string, string> = { a: 'ا', i: 'ي', u: 'و', e: 'ي', o: 'و' };

function word(latin: string): string {
  let out = '';
  const s = latin.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const two = s.slice(i, i + 2);
    if (DIGRAPHS[two]) { out += DIGRAPHS[two]; i++; continue; }
    const ch = s[i]!;
    // A vowel is written only at the start (with hamza) or where it is usually long (before the last consonant).
    if ('aeiou'.includes(ch) && i === s.length - 1) out += ch === 'i' || ch === 'e' ? 'ي' : ch === 'a' ? 'ة' : 'و';
    else if ('aeiou'.includes(ch)) out += i === 0 ? (ch === 'a' ? 'أ' : 'إ') : i === s.length - 2 ? LONG[ch]! : (LETTERS[ch] ?? '');
    else out += LETTERS[ch] ?? '';
  }
  return out;
}

/** "al-ashraf" -> الأشراف; "jamal" -> جمال. */
export function arabicScript(latin: string): string {
  const m = /^al-(.*)$/i.exec(latin);
  return m ? `ال${word(m[1]!)}` : word(latin);
}
