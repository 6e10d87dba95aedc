export type DocumentSettings = {
  placeName: string;
  parentBody: string | null;
  signerTitle: string;
  blankStockOffsetXMm: number;
  blankStockOffsetYMm: number;
};
