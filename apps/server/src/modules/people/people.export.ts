import type { XlsxColumn } from '../../lib/xlsx';
import type { PersonOutput } from './people.schemas';

const GENDER = { NAM: 'Nam', NU: 'Nữ' } as const;

/** Columns of the people export; sensitive fields leave the system masked. */
export const PEOPLE_EXPORT_COLUMNS: XlsxColumn<PersonOutput>[] = [
  { header: 'Họ và tên', width: 28, value: (p) => p.fullName },
  { header: 'Giới tính', width: 10, value: (p) => GENDER[p.gender] },
  { header: 'Năm sinh', width: 10, value: (p) => p.birthDate?.slice(0, 4) ?? null },
  { header: 'Chức vụ', width: 24, value: (p) => p.position },
  { header: 'Đơn vị', width: 36, value: (p) => p.unitName },
  { header: 'Lãnh đạo', width: 10, value: (p) => (p.isLeader ? 'Có' : 'Không') },
  { header: 'Lao động trực tiếp', width: 18, value: (p) => (p.isDirectWorker ? 'Có' : 'Không') },
];
