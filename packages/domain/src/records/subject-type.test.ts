import { describe, expect, it } from 'vitest';
import { SUBJECT_TYPES } from '../rules/types';
import { countBySubjectType, engineSubjectType, RECORD_SUBJECT_TYPES, subjectTypeName } from './subject-type';

describe('subject types', () => {
  it('keeps a household a household, never a collective', () => {
    expect(engineSubjectType('HOUSEHOLD')).toBe('household');
    expect(subjectTypeName('HOUSEHOLD')).toBe('hộ gia đình');
    expect(countBySubjectType([{ subjectType: 'HOUSEHOLD' }])).toEqual({
      PERSON: 0,
      COLLECTIVE: 0,
      HOUSEHOLD: 1,
    });
  });
  it('maps the three kinds one to one onto the engine’s', () => {
    const mapped = RECORD_SUBJECT_TYPES.map(engineSubjectType);
    expect(mapped).toEqual(['individual', 'collective', 'household']);
    expect(new Set(mapped)).toEqual(new Set(SUBJECT_TYPES));
    expect(new Set(RECORD_SUBJECT_TYPES.map(subjectTypeName)).size).toBe(3);
  });
});
