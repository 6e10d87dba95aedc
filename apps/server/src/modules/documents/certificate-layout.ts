// Where each field of a certificate goes on pre-printed blank stock (A4 landscape), in
// millimetres from the top-left corner of the sheet, before the tenant's offsets. The stock
// carries the emblem, Quốc hiệu, frame and "TẶNG"/kind; we print only the variable text.

export type FieldBox = { xMm: number; yMm: number; widthMm: number; align: 'left' | 'center' };

export const PAGE_MM = { width: 297, height: 210 } as const;

export const BLANK_STOCK_FIELDS = {
  issuer: { xMm: 40, yMm: 42, widthMm: 217, align: 'center' },
  recipientName: { xMm: 40, yMm: 88, widthMm: 217, align: 'center' },
  unitLine: { xMm: 40, yMm: 100, widthMm: 217, align: 'center' },
  achievement: { xMm: 50, yMm: 112, widthMm: 197, align: 'center' },
  decisionLine: { xMm: 25, yMm: 160, widthMm: 110, align: 'left' },
  registryLine: { xMm: 25, yMm: 167, widthMm: 110, align: 'left' },
  placeDate: { xMm: 165, yMm: 150, widthMm: 110, align: 'center' },
  signerTitle: { xMm: 165, yMm: 157, widthMm: 110, align: 'center' },
  signerName: { xMm: 165, yMm: 186, widthMm: 110, align: 'center' },
  qr: { xMm: 25, yMm: 172, widthMm: 22, align: 'left' },
} as const satisfies Record<string, FieldBox>;

export const mmToPt = (mm: number) => (mm * 72) / 25.4;
export const ptToMm = (pt: number) => (pt * 25.4) / 72;
