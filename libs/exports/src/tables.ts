/**
 * The two tables every export shares, as rows of typed cells: the compliance summary (one row per unit, issuer
 * and year) and the directive list behind it. CSV writes the cells as text, XLSX keeps dates and numbers typed.
 */
import { TRACKED_STATUSES } from '@plan-ledger/domain';
import type { ComplianceItem, ComplianceReport, DeadlineItem } from '@plan-ledger/projections';
import { NO_UNIT_LABEL, STATUS_LABELS, occurrenceLabel } from './labels';

export type Cell = string | number | { date: string } | null;

export interface Table {
  name: string;
  headers: string[];
  rows: Cell[][];
}

const day = (iso: string | null): Cell => (iso ? { date: iso } : null);

export function complianceSummaryTable(report: ComplianceReport): Table {
  return {
    name: 'Tổng hợp',
    headers: ['Đơn vị', 'Cơ quan ban hành', 'Năm', ...TRACKED_STATUSES.map((s) => STATUS_LABELS[s])],
    rows: report.rows.map((r) => [r.name ?? NO_UNIT_LABEL, r.issuer, r.year, ...TRACKED_STATUSES.map((s) => r.counts[s])]),
  };
}

const DIRECTIVE_HEADERS = ['Đơn vị chủ trì', 'Nhiệm vụ', 'Kỳ', 'Kế hoạch số', 'Hạn ban đầu', 'Hạn hiện hành', 'Ngày hoàn thành', 'Tình trạng'];

const directiveCells = (unit: string, item: ComplianceItem): Cell[] => [
  unit,
  item.text,
  occurrenceLabel(item.occurrence),
  item.planNumber,
  day(item.due),
  day(item.dueInForce),
  day(item.completedOn),
  STATUS_LABELS[item.status],
];

/** Every directive behind the summary's numbers, unit by unit. */
export function complianceDetailTable(report: ComplianceReport): Table {
  return {
    name: 'Chi tiết',
    headers: DIRECTIVE_HEADERS,
    rows: report.rows.flatMap((r) => TRACKED_STATUSES.flatMap((s) => r.directives[s].map((item) => directiveCells(r.name ?? NO_UNIT_LABEL, item)))),
  };
}

export function deadlinesTable(name: string, items: DeadlineItem[]): Table {
  return {
    name,
    headers: [...DIRECTIVE_HEADERS, 'Số ngày còn lại'],
    rows: items.map((item) => [...directiveCells(item.units.map((u) => u.name ?? NO_UNIT_LABEL).join('; '), item), item.daysLeft]),
  };
}
