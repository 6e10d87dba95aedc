// Vietnamese sort order as a plain string key, so that the database can sort
// with the "C" collation (PGlite ships without ICU). The alphabet puts Ă, Â after A,
// Đ after D, Ê after E, Ô, Ơ after O and Ư after U; tone marks only break ties.
const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // ngang, huyền, hỏi, ngã, sắc, nặng

const letterRank = new Map(ALPHABET.map((l, i) => [l, i]));

function keyOfWord(word: string): { primary: string; tones: string } {
  let primary = '';
  let tones = '';
  for (const ch of word.normalize('NFC').toLocaleLowerCase('vi')) {
    const decomposed = ch.normalize('NFD');
    const base = decomposed.charAt(0);
    const marks = decomposed.slice(1);
    const tone = TONES.findIndex((t, i) => i > 0 && marks.includes(t));
    const withoutTone = (base + marks.replace(/[\u0300\u0309\u0303\u0301\u0323]/g, '')).normalize('NFC');
    const rank = letterRank.get(withoutTone);
    // Letters outside the alphabet (digits, punctuation) sort before letters, in code order.
    primary += rank === undefined ? `0${withoutTone}` : String.fromCharCode(0x41 + rank);
    tones += String(Math.max(tone, 0));
  }
  return { primary, tones };
}

/** Sort key of a text in Vietnamese dictionary order. */
export function vietnameseSortKey(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean).map(keyOfWord);
  return `${words.map((w) => w.primary).join(' ')}\u0001${words.map((w) => w.tones).join(' ')}`;
}

/**
 * Sort key of a person's name the Vietnamese way: by given name (the last word)
 * first, then by the whole name, as lists of people are ordered in Vietnam.
 */
export function personNameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const given = words[words.length - 1] ?? '';
  return `${vietnameseSortKey(given)}\u0002${vietnameseSortKey(fullName)}`;
}

export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
