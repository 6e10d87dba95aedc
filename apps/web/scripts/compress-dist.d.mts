/** Writes .br and .gz copies beside every compressible file under dir; returns how many files. */
export function compressDir(dir: string): number;
