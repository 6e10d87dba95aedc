import { bufferSource, inflateEntry, readZipEntries } from '../lib/zip-archive';

/** One part of a .docx (a ZIP), as text: e.g. "word/document.xml". */
export async function readDocxPart(file: Buffer, part: string): Promise<string> {
  const source = bufferSource(file);
  const entries = await readZipEntries(source);
  const entry = entries?.find((e) => e.name === part);
  if (!entry) throw new Error(`${part} not in the .docx`);
  const chunks: Buffer[] = [];
  for await (const chunk of inflateEntry(source, entry, 50 * 1024 * 1024)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The visible text of WordprocessingML: the w:t runs joined, paragraph by paragraph. */
export function docxText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}
