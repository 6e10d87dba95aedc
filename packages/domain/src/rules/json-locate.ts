// Line numbers of the values in a JSON text, so input errors can name "dòng N" (pure, no parser state kept).

export type JsonPath = readonly (string | number)[];

const pathKey = (path: JsonPath): string => path.map(String).join('\u0000');

/** Map from a value's path to the 1-based line where it starts. Assumes text is valid JSON. */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = (): void => {
    while (i < text.length) {
      const ch = text[i];
      if (ch === '\n') line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    skip();
    lines.set(pathKey(path), line);
    const ch = text[i];
    if (ch === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        const key = readString();
        skip();
        i++; // ':'
        const keyLine = line;
        value([...path, key]);
        if (!lines.has(pathKey([...path, key]))) lines.set(pathKey([...path, key]), keyLine);
        skip();
        if (text[i++] === '}') return;
      }
    }
    if (ch === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, n]);
        skip();
        if (text[i++] === ']') return;
      }
    }
    if (ch === '"') {
      readString();
      return;
    }
    while (i < text.length && !',]}\n\r\t '.includes(text[i] as string)) i++;
  };
  value([]);
  return lines;
}

/** The line of the deepest existing ancestor of `path` (a missing field points at its parent object). */
export function lineOf(lines: Map<string, number>, path: JsonPath): number {
  for (let n = path.length; n >= 0; n--) {
    const found = lines.get(pathKey(path.slice(0, n)));
    if (found !== undefined) return found;
  }
  return 1;
}

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
