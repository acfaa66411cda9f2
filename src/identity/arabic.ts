// Arabic (and Persian) script romanised before the generic transliterator sees it. any-ascii drops
// long vowels and glues the article to the word (جمال الأشراف -> "jml l'shrf"), so a name written in
// script never met its common romanisation (Jamal al-Ashraf). Here the article and the attached
// particles become words of their own, and alif, waw and ya are read as the vowels they usually are.

const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ة: 'a', ث: 'th', ج: 'j',
  ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ک: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ى: 'a', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g',
};
const WAW = 'و';
const YA = new Set(['ي', 'ی']);
const AIN = 'ع';
/** Harakat, shadda, sukun and tatweel carry no letter of their own in a romanised name. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC = /[\u0600-\u06FF]/;

/** Words that are particles on their own: "son of", "father of", God in Abd Allah. */
const WHOLE_WORDS: Record<string, string> = { بن: 'bin', ابن: 'bin', بنت: 'bint', أبو: 'abu', ابو: 'abu', أبي: 'abu', الله: 'ullah' };

function letters(word: string): string {
  let out = '';
  let prevVowel = true; // at the start of a word waw and ya are consonants
  for (const ch of word) {
    let r: string;
    if (ch === WAW) r = prevVowel ? 'w' : 'u';
    else if (YA.has(ch)) r = prevVowel ? 'y' : 'i';
    else if (ch === AIN) r = out === '' ? 'a' : ''; // initial ain is heard as a vowel (Umar, Ali)
    else r = LETTERS[ch] ?? ch;
    // ح or ه after t, s, z, k, d, g or c would read as a digraph (تحير as "thir"): a short vowel stood there.
    if (r === 'h' && /[tszkdgc]$/.test(out)) r = 'ah';
    out += r;
    prevVowel = r === '' ? prevVowel : /[aiu]$/.test(r);
  }
  return out;
}

function romaniseWord(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole) return whole;
  // The article: الأشراف -> al ashraf, so the surname is the same word as in "al-Ashraf".
  if (word.startsWith('ال') && [...word].length > 3) return `al ${letters(word.slice(2))}`;
  return letters(word);
}

/** Text with its Arabic-script words romanised; other text is left as it is. */
export function romaniseArabic(text: string): string {
  if (!ARABIC.test(text)) return text;
  return text
    .replace(MARKS, '')
    .split(/(\s+)/)
    .map((w) => (ARABIC.test(w) ? romaniseWord(w) : w))
    .join('');
}
