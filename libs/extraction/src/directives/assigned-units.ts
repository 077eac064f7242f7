import type { DirectiveUnits } from '../plan-extraction';
import { foldVietnamese } from '../text';
import { splitUnitCell, unitRolesFromSentence } from '../units';

/** Adverbials that open a sentence before its subject: "Căn cứ Kế hoạch này, …", "Hàng tháng, hàng quý …". */
const LEADING_ADVERBIALS =
  /^(?:(?:căn cứ|trên cơ sở|theo)\b[^,;]{0,100},\s*|(?:hàng|hằng|định kỳ)\s+(?:tháng|quý|năm|tuần)\s*,?\s*|(?:định kỳ|đồng thời|ngoài ra)\s*,?\s*)+/iu;

function subjectClause(text: string): string {
  const clause = text.replace(LEADING_ADVERBIALS, '');
  return clause ? clause[0].toLocaleUpperCase('vi') + clause.slice(1) : text;
}

function startsWithName(clause: string, name: string): boolean {
  const head = foldVietnamese(name).split(' ').slice(0, 2).join(' ');
  return foldVietnamese(clause).startsWith(head);
}

const unique = (names: string[]): string[] => [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];

/**
 * Units of a paragraph or bullet: its own subject when it names one ("Các thôn … có trách nhiệm …"), else the unit
 * of the heading it stands under; partners ("phối hợp với …") and the directing official ("chỉ đạo") from its words.
 */
export function unitsOfSentence(text: string, headingUnit: string | null): DirectiveUnits {
  const clause = subjectClause(text);
  const roles = unitRolesFromSentence(clause);
  // Under a unit heading, only a unit standing as the sentence's subject (first) overrides the heading's unit.
  const ownSubject = roles.lead.length > 0 && startsWithName(clause, roles.lead[0]);
  const lead = ownSubject || (!headingUnit && roles.lead.length) ? roles.lead : headingUnit ? [headingUnit] : [];
  return {
    lead: unique(lead),
    support: unique(roles.support.filter((s) => !lead.includes(s))),
    direct: unique(roles.direct),
  };
}

/**
 * Units of a task row: in one column listing several units ("Hội đồng TĐKT Sở; Văn phòng.") the first is lead
 * and the rest support (spec 3); a separate "Phối hợp" column is support, "Chỉ đạo" direct.
 */
export function unitsOfRow(cells: { lead?: string; leadAndSupport?: string; support?: string; direct?: string }): DirectiveUnits {
  const leadCell = splitUnitCell(cells.lead ?? '');
  const mixed = splitUnitCell(cells.leadAndSupport ?? '');
  const listed = leadCell.length ? leadCell : mixed;
  const lead = listed.slice(0, 1);
  const support = [...listed.slice(1), ...(leadCell.length ? mixed : []), ...splitUnitCell(cells.support ?? '')];
  return { lead, support: unique(support), direct: unique(splitUnitCell(cells.direct ?? '')) };
}
