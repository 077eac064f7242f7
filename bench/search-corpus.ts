import { readFile } from 'node:fs/promises';
import { readPlanText } from '@plan-ledger/documents';
import { extractPlan, foldVietnamese, type Directive, type PlanExtraction } from '@plan-ledger/extraction';
import type { DirectiveSearchQuery, SearchDirectiveDoc, SearchIndex } from '@plan-ledger/projections';
import { SAMPLE_FILES } from './fixtures';
import { varyPlanText } from './plan-variants';
import { pick, seededRandom } from './stats';

interface SamplePlan {
  documentId: string;
  extraction: PlanExtraction;
}

/** The sample plans' extractions (the DOCX of each plan: the PDFs give the same directives). */
export async function samplePlans(): Promise<SamplePlan[]> {
  const files = SAMPLE_FILES.filter((file) => file.endsWith('.docx'));
  return Promise.all(
    files.map(async (file, i) => ({ documentId: `sample-${i}`, extraction: extractPlan(await readPlanText(await readFile(file)), { source: file }) })),
  );
}

const unitsOf = (d: Directive, names: 'units' | 'unitIds'): string[] => [...new Set([...d[names].lead, ...d[names].support, ...d[names].direct])];

/** Copy `variant` of one sample directive: its own ids, numbers and years varied, plan year moved along. */
function searchDocOf(plan: SamplePlan, d: Directive, ordinal: number, variant: number, random: () => number): SearchDirectiveDoc {
  const year = plan.extraction.document.year === null ? null : plan.extraction.document.year + (variant % 10);
  return {
    id: `${variant}-${plan.documentId}-${d.id}`,
    documentId: `${variant}-${plan.documentId}`,
    ordinal,
    text: varyPlanText(d.text, variant),
    section: d.section,
    units: unitsOf(d, 'units'),
    unitIds: unitsOf(d, 'unitIds'),
    status: random() < 0.3 ? 'done' : 'open',
    due: d.deadline?.due ? varyPlanText(d.deadline.due, variant) : null,
    year,
    issuer: plan.extraction.document.issuer,
    plan: {
      number: plan.extraction.document.number,
      title: plan.extraction.document.title,
      issuedOn: plan.extraction.document.issuedOn,
      kind: plan.extraction.document.kind,
    },
  };
}

/** Fills the index with `size` directives copied from the samples, in batches of `batch` (one transaction each). */
export async function buildCorpus(index: SearchIndex, plans: readonly SamplePlan[], size: number, batch = 5000): Promise<void> {
  const random = seededRandom(1);
  let docs: SearchDirectiveDoc[] = [];
  let added = 0;
  for (let variant = 0; added < size; variant++) {
    for (const plan of plans) {
      plan.extraction.directives.forEach((d, ordinal) => {
        if (added++ < size) docs.push(searchDocOf(plan, d, ordinal, variant, random));
      });
      if (docs.length >= batch) {
        await index.upsertDirectives(docs);
        docs = [];
      }
    }
  }
  if (docs.length > 0) await index.upsertDirectives(docs);
}

const WORD = /[\p{L}]{2,}/gu;

/**
 * `count` queries of 1–3 consecutive words of a sample directive (what people type: words that occur together),
 * every other one typed without diacritics; the same queries on every run (seeded).
 */
export function sampleQueries(plans: readonly SamplePlan[], count: number): DirectiveSearchQuery[] {
  const random = seededRandom(42);
  const texts = plans.flatMap((plan) => plan.extraction.directives.map((d) => d.text.toLowerCase().match(WORD) ?? [])).filter((w) => w.length > 0);
  return Array.from({ length: count }, (_, i) => {
    const words = pick(random, texts);
    const length = Math.min(words.length, 1 + Math.floor(random() * 3));
    const start = Math.floor(random() * (words.length - length + 1));
    const q = words.slice(start, start + length).join(' ');
    return { q: i % 2 === 0 ? q : foldVietnamese(q), limit: 20 };
  });
}
