import { countPhrase } from '@vinhdanh/domain/documents/award-phrases';
import { describe, expect, it } from 'vitest';
import { awardExportColumns } from '../records/award-search.export';
import type { AwardHit } from '../records/award-search.presenter';
import type { DecisionAwardRow } from '../records/index';
import { decisionModel } from './decision-docx';

// A household is its own kind of subject (Law 2022 gives Giấy khen and Bằng khen "cho hộ gia đình").
// These three places counted or named it as a collective before they all used the domain's mapping.

const row = (
  subjectType: DecisionAwardRow['subjectType'],
  amountVnd: number,
  i: number,
): DecisionAwardRow => ({
  id: `a${i}`,
  subjectType,
  subjectId: `s${i}`,
  awardCode: 'GIAY_KHEN',
  achievement: null,
  amountVnd,
  isRevoked: false,
  year: 2025,
  name: `Đối tượng ${i}`,
  unitLine: 'Xã Tân Lập',
  verificationCode: null,
  registryNumber: null,
});

const textOf = (awards: DecisionAwardRow[]) =>
  decisionModel({
    decision: { number: '12', signedOn: '2026-01-15', issuer: 'UBND xã Tân Lập', signer: null },
    proposal: null,
    awards,
    settings: {
      placeName: 'Tân Lập',
      parentBody: null,
      signerTitle: 'Chủ tịch',
      blankStockOffsetXMm: 0,
      blankStockOffsetYMm: 0,
      signingCertificateFile: null,
    },
    authority: {
      authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP',
      decider: 'Chủ tịch Ủy ban nhân dân xã Tân Lập',
      issuingBody: 'Ủy ban nhân dân xã Tân Lập',
      headOf: 'Chủ tịch Ủy ban nhân dân xã',
      signatureLines: ['CHỦ TỊCH'],
      signerName: 'Nguyễn Văn A',
      parentBody: null,
    },
    legalSources: [],
  })
    .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
    .join('\n');

describe('a household stays a household', () => {
  it('in the count of a decision or a tờ trình', () => {
    expect(countPhrase({ COLLECTIVE: 2, HOUSEHOLD: 1, PERSON: 3 })).toBe(
      '2 tập thể, 1 hộ gia đình và 3 cá nhân',
    );
    expect(countPhrase({ COLLECTIVE: 2, HOUSEHOLD: 0, PERSON: 3 })).toBe('2 tập thể và 3 cá nhân');
    expect(countPhrase({ COLLECTIVE: 0, HOUSEHOLD: 1, PERSON: 0 })).toBe('1 hộ gia đình');
  });

  it('in the decision’s articles: counted and paid as a household, not as a collective', () => {
    const text = textOf([
      row('COLLECTIVE', 600_000, 1),
      row('HOUSEHOLD', 300_000, 2),
      row('PERSON', 300_000, 3),
    ]);
    expect(text).toContain('cho 1 tập thể, 1 hộ gia đình và 1 cá nhân (có danh sách kèm theo)');
    expect(text).toContain('mỗi tập thể được thưởng 600.000 đ');
    expect(text).toContain('mỗi hộ gia đình được thưởng 300.000 đ');
    expect(text).not.toContain('2 tập thể');
  });

  it('in the award search’s Excel export', () => {
    const column = awardExportColumns((code) => code).find((c) => c.header === 'Loại đối tượng');
    const label = (subjectType: AwardHit['subjectType']) => column?.value({ subjectType } as AwardHit);
    expect([label('PERSON'), label('COLLECTIVE'), label('HOUSEHOLD')]).toEqual([
      'Cá nhân',
      'Tập thể',
      'Hộ gia đình',
    ]);
  });
});
