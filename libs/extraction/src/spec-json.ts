import type { Deadline, PlanExtraction, Reference } from './plan-extraction';

/** The spec's `vn-plan/1` object (shared/spec/plan-extraction.md, section 1) for one extraction. */
export function toSpecJson(extraction: PlanExtraction): Record<string, unknown> {
  const { document: d } = extraction;
  return {
    schema: extraction.schema,
    source: extraction.source,
    extractorVersion: extraction.extractorVersion,
    document: {
      kind: d.kind,
      number: d.number,
      symbol: d.symbol,
      issuer: d.issuer,
      place: d.place,
      issuedOn: d.issuedOn,
      title: d.title,
      year: d.year,
      signer: d.signer,
      recipients: d.recipients,
      references: d.references.map(referenceJson),
    },
    directives: extraction.directives.map((x) => ({
      id: x.id,
      text: x.text,
      section: x.section,
      units: x.units,
      unitIds: x.unitIds,
      deadline: x.deadline ? deadlineJson(x.deadline) : null,
      recurrence: x.recurrence,
      span: x.span,
      place: x.place,
    })),
  };
}

function deadlineJson(d: Deadline): Record<string, unknown> {
  return { kind: d.kind, start: d.start, due: d.due, raw: d.raw, ...(d.span ? { span: d.span } : {}) };
}

function referenceJson(r: Reference): Record<string, unknown> {
  return {
    kind: r.kind,
    number: r.number,
    issuedOn: r.issuedOn,
    issuer: r.issuer,
    ...(r.title !== undefined ? { title: r.title } : {}),
  };
}
