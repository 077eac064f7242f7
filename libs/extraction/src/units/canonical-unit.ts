/**
 * One id per office under its variant spellings: folded, abbreviations expanded, a generic "Công chức"/"Cán bộ"
 * before an office dropped, a trailing level word that restates the issuing body dropped ("Văn phòng Sở" of a
 * Sở is its "Văn phòng"), and qualified by the folded issuer, so units of different issuers never share an id.
 */
import { foldVietnamese } from '../text/normalize';

/** Abbreviations on folded words, longest first; expansions are folded too. */
const ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bhdtdkt\b|\bhotdkt\b/g, 'hoi dong thi dua khen thuong'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\btdkt\b/g, 'thi dua khen thuong'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bcdcs\b/g, 'cong doan co so'],
  [/\bbch\b/g, 'ban chap hanh'],
  [/\btncs\s*hcm\b|\btncshcm\b/g, 'thanh nien cong san ho chi minh'],
  [/\bldld\b/g, 'lien doan lao dong'],
  [/\bhlhpn\b/g, 'hoi lien hiep phu nu'],
  [/\bccb\b/g, 'cuu chien binh'],
  [/\bcbccvc\b/g, 'can bo cong chuc vien chuc'],
  [/\bcbcc\b/g, 'can bo cong chuc'],
  [/\bgd\s*dt\b/g, 'giao duc va dao tao'],
  [/\btn\s*mt\b/g, 'tai nguyen va moi truong'],
  [/\bld\s*tb\s*xh\b/g, 'lao dong thuong binh va xa hoi'],
  [/\bvh\s*tt\b/g, 'van hoa thong tin'],
  [/\bhd\b/g, 'hoi dong'],
  [/\bvp\b/g, 'van phong'],
  [/\bub\b/g, 'uy ban'],
];

const LEVEL_WORDS = 'so|bo|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|truong|co quan|khoi|cum|van phong|tong cuc|cuc';
/** A generic "civil servant of" before the office it names: "Công chức Văn phòng - Thống kê" is that office. */
const GENERIC_QUALIFIER = /^(?:(?:can bo|cong chuc|vien chuc)\s+)+(?=(?:van phong|tu phap|dia chinh|tai chinh|ke toan|van hoa|lao dong|quan su|cong an|thong ke|thu quy|van thu|thanh tra)\b)/;
const QUANTIFIER = /^(?:cac|nhung|toan the|moi|tung)\s+/;
const PARENTHETICALS = /\([^()]*\)/g;
const LEVEL_WORD = new RegExp(String.raw`\b(?:${LEVEL_WORDS})\b`, 'g');

function expand(folded: string): string {
  let out = ` ${folded} `;
  for (const [pattern, expansion] of ALIASES) out = out.replace(pattern, expansion);
  return out.replace(/\s+/g, ' ').trim();
}

/** The folded, expanded key of a name. */
export function unitKey(name: string): string {
  return expand(foldVietnamese(name.normalize('NFC').replace(PARENTHETICALS, ' ')));
}

/** Drops the longest tail of the name that restates the issuer from one of its level words ("sở", "xã Xuân Sơn"). */
function dropIssuerRestatement(unit: string, issuer: string): string {
  const words = issuer.split(' ');
  let best = '';
  for (const level of issuer.matchAll(LEVEL_WORD)) {
    const first = issuer.slice(0, level.index!).split(' ').length - 1;
    for (let last = first + level[0].split(' ').length; last <= words.length; last++) {
      const tail = words.slice(first, last).join(' ');
      if (tail.length > best.length && unit.endsWith(` ${tail}`)) best = tail;
    }
  }
  return best && unit.length > best.length + 1 ? unit.slice(0, -best.length - 1) : unit;
}

export function canonicalUnitId(name: string, issuer: string | null): string {
  const issuerKey = issuer ? unitKey(issuer) : '';
  let unit = unitKey(name).replace(GENERIC_QUALIFIER, '').replace(QUANTIFIER, '');
  if (issuerKey) unit = dropIssuerRestatement(unit, issuerKey);
  return `${issuerKey.replace(/ /g, '-') || '_'}/${unit.replace(/ /g, '-')}`;
}
