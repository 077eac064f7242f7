import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { zip } from '../libs/documents/src/testing/zip';
import { SAMPLE_FILES, TEXT_FILES } from './fixtures';
import { zipEntries } from './zip-entries';

/** Provinces that variants move the plans to, which renames issuing bodies and units ("UBND tỉnh …"). */
const PROVINCES = [
  'Hà Giang', 'Cao Bằng', 'Lạng Sơn', 'Yên Bái', 'Thái Nguyên', 'Phú Thọ', 'Bắc Giang', 'Hải Dương', 'Thái Bình', 'Nam Định',
  'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa',
  'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'Bình Phước', 'Tây Ninh', 'Long An', 'Tiền Giang', 'Bến Tre', 'Vĩnh Long', 'Đồng Tháp',
  'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Điện Biên',
];
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
const CAPITAL_WORD = String.raw`[\p{Lu}\p{M}]+`;
const IN_PROVINCE = new RegExp(String.raw`\b([tT]ỉnh) ${WORD}(?: ${WORD}){0,2}`, 'gu');
const IN_PROVINCE_CAPITALS = new RegExp(String.raw`\bTỈNH ${CAPITAL_WORD}(?: ${CAPITAL_WORD}){0,2}`, 'gu');

/**
 * Distinct plans made from the samples, so content addressing does not collapse them: variant n moves the plan
 * to another province (issuer and units renamed), shifts every year by n % 10, puts day 1 + ⌊n/10⌋ % 28 on the
 * place-and-date line and on the first date in figures, and n + 1 in the number line. DOCX and plain text are
 * rewritten; a PDF (whose text cannot be edited in place) gets a trailing comment instead.
 */
export function varyPlanText(text: string, n: number): string {
  const shift = n % 10;
  const day = 1 + (Math.floor(n / 10) % 28);
  const province = PROVINCES[n % PROVINCES.length];
  return text
    .replace(IN_PROVINCE, (_, word: string) => `${word} ${province}`)
    .replace(IN_PROVINCE_CAPITALS, `TỈNH ${province.toLocaleUpperCase('vi')}`)
    .replace(/\b(20\d\d)\b/g, (year) => String(Number(year) + shift))
    .replace(/(,\s*ngày)\s*\d{0,2}\s*(tháng)/, `$1 ${day} $2`)
    .replace(/(ngày\s*)\d{1,2}(\/\d{1,2}\/\d{4})/, `$1${day}$2`)
    .replace(/Số:\s*\d*\s*\//, `Số: ${n + 1}/`);
}

const DOCX_TEXT_RUN = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;

async function varyDocx(bytes: Buffer, n: number): Promise<Buffer> {
  const entries = await zipEntries(bytes);
  const document = entries.get('word/document.xml')!.toString('utf8');
  entries.set('word/document.xml', Buffer.from(document.replace(DOCX_TEXT_RUN, (_, open, text, close) => open + varyPlanText(text, n) + close)));
  return zip([...entries].map(([name, content]) => ({ name, content })));
}

export interface GeneratedPlan {
  fileName: string;
  bytes: Buffer;
}

/** The templates: the ten sample files and the five plain-text exports. */
const TEMPLATES = [...SAMPLE_FILES, ...TEXT_FILES].map((file) => ({ file, bytes: readFileSync(file) }));

/** Plan number n of the generated corpus, made on demand so only the plan in hand is in memory. */
export async function generatedPlan(n: number): Promise<GeneratedPlan> {
  const { file, bytes } = TEMPLATES[n % TEMPLATES.length];
  const variant = Math.floor(n / TEMPLATES.length);
  const ext = path.extname(file);
  const fileName = `${path.basename(file, ext)}-v${variant}${ext}`;
  switch (ext) {
    case '.docx':
      return { fileName, bytes: await varyDocx(bytes, variant) };
    case '.txt':
      return { fileName, bytes: Buffer.from(varyPlanText(bytes.toString('utf8'), variant)) };
    default:
      return { fileName, bytes: Buffer.concat([bytes, Buffer.from(`\n%plan-ledger bench variant ${variant}\n`)]) };
  }
}
