// Vietnamese labels the public pages print (the console keeps its own catalogue in the web app).

export const MOVEMENT_STATE_LABELS: Record<string, string> = {
  LAUNCHED: 'Đang triển khai',
  INTERIM_REVIEW: 'Đang sơ kết',
  FINAL_REVIEW: 'Đã tổng kết',
  CLOSED: 'Đã kết thúc',
};

export const MOVEMENT_FORM_LABELS: Record<string, string> = {
  THUONG_XUYEN: 'Thường xuyên',
  CHUYEN_DE: 'Theo đợt, chuyên đề',
};

export const MOVEMENT_LEVEL_LABELS: Record<string, string> = {
  TRUNG_UONG: 'Trung ương',
  BO_TINH: 'Bộ, ban, ngành, tỉnh',
  XA: 'Xã, phường',
  DON_VI: 'Cơ quan, đơn vị',
};

export const SUBJECT_KIND_LABELS: Record<string, string> = {
  PERSON: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};

/** "Thi đua, khen thưởng Tỉnh Sơn Hà": the site name in titles and Open Graph tags. */
export const siteNameOf = (t: { name: string }) => `Thi đua, khen thưởng ${t.name}`;
