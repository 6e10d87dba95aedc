// The stream names of an OLE compound file (CFB, the container of .doc and .xls), read from its
// directory and nothing else. Only enough of [MS-CFB] to tell a Word or Excel file from any other
// compound file: the header's FAT sector list (the first 109, which covers files up to ~7 MB of
// FAT with 512-byte sectors, far past our upload limits) and the directory chain.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_DIRECTORY_SECTORS = 4096; // a loop guard: a crafted FAT can point back on itself

/** The names of the entries in the file's directory, or null when it is not a readable CFB. */
export function oleEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const fatSectorCount = Math.min(view.getUint32(0x2c, true), 109);
  const fat: number[] = [];
  for (let i = 0; i < fatSectorCount; i += 1) {
    const at = sectorOffset(view.getUint32(0x4c + i * 4, true));
    if (at + sectorSize > bytes.length) return null;
    for (let j = 0; j < sectorSize; j += 4) fat.push(view.getUint32(at + j, true));
  }
  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let seen = 0; sector !== END_OF_CHAIN; seen += 1) {
    const at = sectorOffset(sector);
    if (seen >= MAX_DIRECTORY_SECTORS || at + sectorSize > bytes.length) return null;
    for (let e = at; e < at + sectorSize; e += 128) {
      const nameBytes = view.getUint16(e + 0x40, true); // UTF-16LE, with the terminating NUL
      if (nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let k = 0; k < nameBytes - 2; k += 2) name += String.fromCharCode(view.getUint16(e + k, true));
      names.push(name);
    }
    const next = fat[sector];
    if (next === undefined) return null;
    sector = next;
  }
  return names;
}
