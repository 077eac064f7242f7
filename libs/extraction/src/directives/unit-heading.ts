import { isUnitName, trimUnitName } from '../units';

/** "Văn phòng Sở có trách nhiệm:" / "… thực hiện các nhiệm vụ sau:": the unit is the part before the duty words. */
const DUTY_TAIL = /\s+(?:có|chịu)\s+trách\s+nhiệm\b.*$|\s+(?:thực\s+hiện|triển\s+khai)\s+(?:các|những)\s+nhiệm\s+vụ(?!\p{L}).*$/iu;
const LEAD_IN = /^(?:Giao(?:\s+cho)?|Đề\s+nghị|Yêu\s+cầu|Đối\s+với|Trách\s+nhiệm\s+của|Nhiệm\s+vụ\s+của)\s+/iu;

/**
 * The unit a heading of the implementation section names ("1. Phòng Tổ chức - Hành chính",
 * "2. Giao Phòng Hành chính – Tổ chức:", "a) Sở Nội vụ:"), or null when the heading names work, not a unit.
 */
export function unitOfHeading(text: string): string | null {
  const name = text.replace(LEAD_IN, '').replace(DUTY_TAIL, '').replace(/[\s:.;]+$/u, '').trim();
  return name && isUnitName(name) ? trimUnitName(name) : null;
}

/** "Sở Nội vụ: Chủ trì, phối hợp …": the unit before the colon and the work after it. */
export function unitBeforeColon(text: string): { unit: string; work: string } | null {
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 120) return null;
  const unit = unitOfHeading(text.slice(0, colon));
  const work = text.slice(colon + 1).trim();
  return unit && work ? { unit, work } : null;
}
