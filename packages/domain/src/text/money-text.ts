// Money as Vietnamese finance offices write it: "1.234.000 đ", and in words for a decision's
// article on money ("Một triệu hai trăm ba mươi bốn nghìn đồng").

/** Thousands separated by dots: 1234000 → "1.234.000". */
export function formatThousands(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = Math.abs(Math.trunc(amount)).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1234000 → "1.234.000 đ" */
export function formatVnd(amount: number): string {
  return `${formatThousands(amount)} đ`;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/** Reads 0–999; `full` when a higher group precedes (so 5 reads "không trăm linh năm"). */
// Formal writing keeps "bốn" after "mươi" ("ba mươi bốn"), not the spoken "tư".
function readTriple(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens > 1) {
    words.push(DIGITS[tens] as string, 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(DIGITS[units] as string);
  } else if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(DIGITS[units] as string);
  } else if (units > 0) {
    if (hundreds > 0 || full) words.push('linh');
    words.push(DIGITS[units] as string);
  }
  return words.join(' ');
}

/** Non-negative whole number in words: 1234000 → "một triệu hai trăm ba mươi bốn nghìn". */
export function numberToWords(amount: number): string {
  const n = Math.trunc(amount);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot read ${amount}`);
  if (n === 0) return DIGITS[0] as string;
  const triples: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) triples.push(rest % 1000);
  const words: string[] = [];
  for (let i = triples.length - 1; i >= 0; i -= 1) {
    const triple = triples[i] as number;
    if (triple === 0) continue;
    words.push(readTriple(triple, i < triples.length - 1));
    if (GROUPS[i]) words.push(GROUPS[i] as string);
  }
  return words.join(' ');
}

/** "Một triệu hai trăm ba mươi bốn nghìn đồng" */
export function vndInWords(amount: number): string {
  const text = `${numberToWords(amount)} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
