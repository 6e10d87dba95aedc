import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseProcedureCodes } from '../../config/dvc-config';
import { dvcRequestJsonSchema } from './dvc-format';

it('the published JSON Schema of what is sent to the portal is the one the code validates with', () => {
  const file = path.resolve(import.meta.dirname, '../../../../../docs/schemas/dvc-sync-v1.schema.json');
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(dvcRequestJsonSchema());
});

it('reads the procedure codes of the kinds the province offers, ignoring unknown kinds', () => {
  expect(parseProcedureCodes('CONG_TRANG=1.000775, DOT_XUAT = 2.001234,KHAC=9')).toEqual({
    CONG_TRANG: '1.000775',
    DOT_XUAT: '2.001234',
  });
  expect(parseProcedureCodes(undefined)).toEqual({});
  // The household's online registration has its own procedure code (its dossier's kind is CONG_TRANG).
  expect(parseProcedureCodes('GIA_DINH_VAN_HOA=1.000999')).toEqual({ GIA_DINH_VAN_HOA: '1.000999' });
});
