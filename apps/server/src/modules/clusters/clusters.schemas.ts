import { z } from '@hono/zod-openapi';
import { CLUSTER_KINDS, CLUSTER_ORGANISER_LEVELS, SHEET_STATUSES } from '@vinhdanh/domain/emulation/cluster';
import { TIE_BREAKS } from '@vinhdanh/domain/emulation/ranking';
import { CRITERION_KINDS } from '@vinhdanh/domain/emulation/scoring';
import { allowedActionsSchema } from '../../lib/openapi';
import { emYear, isoDate, optionalText, text, unitId, version } from '../movements/index';
import { CLUSTER_ACTIONS } from './cluster-access';
import { clusterVoteView } from './cluster-vote.schemas';

const unitList = (label: string, min: number) =>
  z
    .array(unitId(label), { error: `Danh sách ${label.toLowerCase()} không hợp lệ` })
    .min(min, { error: `Cần ít nhất ${min} ${label.toLowerCase()}` })
    .max(200, { error: 'Tối đa 200 đơn vị' });

const threshold = z
  .number({ error: 'Ngưỡng lệch phải là số' })
  .min(0, { error: 'Ngưỡng lệch không được âm' })
  .max(1000, { error: 'Ngưỡng lệch tối đa 1000 điểm' });

const tieBreak = z.enum(TIE_BREAKS, { error: 'Cách xếp hạng khi bằng điểm không hợp lệ' });

export const createClusterInput = z
  .object({
    year: emYear,
    name: text('Tên cụm, khối', 300),
    kind: z.enum(CLUSTER_KINDS, { error: 'Loại phải là cụm hoặc khối' }),
    organiserLevel: z.enum(CLUSTER_ORGANISER_LEVELS, { error: 'Cấp tổ chức phải là tỉnh hoặc trung ương' }),
    organiserUnitId: unitId('Đơn vị tổ chức'),
    memberUnitIds: unitList('Đơn vị thành viên', 2),
    assessorUnitIds: unitList('Đơn vị chấm chéo', 0).optional(),
    headUnitId: unitId('Cụm trưởng').nullable().optional(),
    deputyUnitId: unitId('Cụm phó').nullable().optional(),
    regulationRef: optionalText('Quy chế', 300),
    tieBreak: tieBreak.optional(),
    outlierThreshold: threshold.optional(),
  })
  .strict()
  .openapi('CreateClusterInput');
export type CreateClusterInput = z.infer<typeof createClusterInput>;

export const updateClusterInput = z
  .object({
    version,
    name: text('Tên cụm, khối', 300).optional(),
    regulationRef: optionalText('Quy chế', 300),
    tieBreak: tieBreak.optional(),
    outlierThreshold: threshold.optional(),
    memberUnitIds: unitList('Đơn vị thành viên', 2).optional(),
    assessorUnitIds: unitList('Đơn vị chấm chéo', 0).optional(),
  })
  .strict()
  .openapi('UpdateClusterInput');
export type UpdateClusterInput = z.infer<typeof updateClusterInput>;

export const electLeadershipInput = z
  .object({
    version,
    termYear: emYear,
    headUnitId: unitId('Cụm trưởng'),
    deputyUnitId: unitId('Cụm phó').nullable().optional(),
    electedOn: isoDate,
    note: optionalText('Ghi chú', 500),
  })
  .strict()
  .refine((v) => v.headUnitId !== v.deputyUnitId, {
    error: 'Cụm trưởng và cụm phó phải là hai đơn vị khác nhau',
    path: ['deputyUnitId'],
  })
  .openapi('ElectLeadershipInput');
export type ElectLeadershipInput = z.infer<typeof electLeadershipInput>;

const criterion = z
  .object({
    groupName: text('Nhóm tiêu chí', 200),
    code: text('Mã tiêu chí', 20),
    name: text('Tên tiêu chí', 500),
    kind: z.enum(CRITERION_KINDS, { error: 'Loại tiêu chí phải là chính, thưởng hoặc trừ' }),
    maxPoints: z
      .number({ error: 'Điểm tối đa phải là số' })
      .positive({ error: 'Điểm tối đa phải lớn hơn 0' })
      .max(1000, { error: 'Điểm tối đa không quá 1000' }),
  })
  .strict();

export const templateInput = z
  .object({
    name: text('Tên bảng tiêu chí', 300),
    criteria: z
      .array(criterion, { error: 'Danh sách tiêu chí không hợp lệ' })
      .min(1, { error: 'Cần ít nhất một tiêu chí' })
      .max(200, { error: 'Tối đa 200 tiêu chí' }),
  })
  .strict()
  .refine((v) => new Set(v.criteria.map((c) => c.code)).size === v.criteria.length, {
    error: 'Mã tiêu chí bị trùng',
    path: ['criteria'],
  })
  .openapi('ScoringTemplateInput');
export type TemplateInput = z.infer<typeof templateInput>;

export const pledgeInput = z
  .object({
    title: text('Tên giao ước', 300),
    content: optionalText('Nội dung', 4000),
    signedOn: isoDate,
    signatories: z
      .array(
        z
          .object({
            unitId: unitId('Đơn vị ký'),
            signerName: text('Người ký', 200),
            signerTitle: optionalText('Chức vụ', 200),
          })
          .strict(),
        { error: 'Danh sách ký kết không hợp lệ' },
      )
      .min(1, { error: 'Cần ít nhất một đơn vị ký' })
      .max(200, { error: 'Tối đa 200 đơn vị ký' }),
  })
  .strict()
  .openapi('PledgeInput');
export type PledgeInput = z.infer<typeof pledgeInput>;

const unitRef = z.object({ id: z.string(), name: z.string() });

export const clusterSummary = z
  .object({
    id: z.string(),
    year: z.number(),
    name: z.string(),
    kind: z.enum(CLUSTER_KINDS),
    organiserLevel: z.enum(CLUSTER_ORGANISER_LEVELS),
    headUnitName: z.string().nullable(),
    memberCount: z.number(),
    version: z.number(),
  })
  .openapi('ClusterSummary');

const rankRow = z.object({
  unitId: z.string(),
  unitName: z.string(),
  rank: z.number(),
  total: z.number(),
  selfTotal: z.number().nullable(),
  crossTotal: z.number().nullable(),
  selfStatus: z.enum(SHEET_STATUSES),
  crossSheets: z.number(),
});

export const clusterDetail = clusterSummary
  .extend({
    organiserUnitId: z.string(),
    organiserUnitName: z.string(),
    headUnitId: z.string().nullable(),
    deputyUnitId: z.string().nullable(),
    leadingUnitId: z.string().nullable(),
    leadingUnitName: z.string().nullable(),
    regulationRef: z.string().nullable(),
    tieBreak: z.enum(TIE_BREAKS),
    outlierThreshold: z.number(),
    members: z.array(unitRef.extend({ isAssessor: z.boolean(), isHead: z.boolean(), isDeputy: z.boolean() })),
    leadership: z.array(
      z.object({
        termYear: z.number(),
        headUnitName: z.string(),
        deputyUnitName: z.string().nullable(),
        electedOn: z.string(),
      }),
    ),
    template: z
      .object({
        id: z.string(),
        name: z.string(),
        maxTotal: z.number(),
        criteria: z.array(
          z
            .object({
              id: z.string(),
              groupName: z.string(),
              code: z.string(),
              name: z.string(),
              kind: z.enum(CRITERION_KINDS),
              maxPoints: z.number(),
            })
            .openapi('ClusterCriterion'),
        ),
      })
      .nullable(),
    pledges: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        signedOn: z.string(),
        signatories: z.array(z.object({ unitName: z.string(), signerName: z.string() })),
      }),
    ),
    vote: clusterVoteView.nullable(),
    /** What the current user may do on it (cluster-access.ts CLUSTER_ACTIONS). */
    allowedActions: allowedActionsSchema('ClusterAllowedActions', CLUSTER_ACTIONS),
    board: z.object({
      ranking: z.array(rankRow),
      notSubmitted: z.array(unitRef),
      submittedCount: z.number(),
      outliers: z.array(
        z.object({
          assessorUnitName: z.string(),
          memberUnitName: z.string(),
          total: z.number(),
          median: z.number(),
          deviation: z.number(),
        }),
      ),
    }),
  })
  .openapi('ClusterDetail');
