import type { Database } from 'better-sqlite3';
import { planYear, type DirectiveAssignedData } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import { foldVietnamese } from '@plan-ledger/extraction';
import { cachedStatement, memoized, type Projection } from '../runner/projection';
import { SERIES_SCHEMA_SQL, SERIES_TABLES } from './series.schema';
import { MIN_LONGER_SHARE, sameTask, taskWords } from './series-key';

interface SeriesHead {
  issuerKey: string;
  words: string[];
}

/**
 * One batch's view of the series heads of each issuer and of the series each plan already has a member in, read
 * once per issuer and plan and kept current in memory, so a directive costs no query for its candidates; the
 * heads that changed are written once, at the end of the batch. Members are written as they come.
 */
class SeriesBatch {
  private readonly headsByIssuer = new Map<string, Map<string, SeriesHead>>();
  private readonly seriesByDocument = new Map<string, Set<string>>();
  private readonly changed = new Map<string, SeriesHead>();
  private readonly issuerKeyOf = memoized(foldVietnamese);

  constructor(private readonly db: Database) {}

  apply(event: StoredEvent): void {
    const { db } = this;
    const { directiveId, plan, extracted } = event.data as DirectiveAssignedData;
    const words = taskWords(extracted.text);
    const known = cachedStatement(db, 'SELECT series_id FROM series_members WHERE directive_id = ?').get(directiveId) as { series_id: string } | undefined;
    if (known) {
      cachedStatement(db, 'UPDATE series_members SET text = ?, words = ? WHERE directive_id = ?').run(extracted.text, words.join(' '), directiveId);
      return;
    }
    const issuerKey = plan.issuer ? this.issuerKeyOf(plan.issuer) : '';
    const heads = this.headsOf(issuerKey);
    const taken = this.seriesIn(plan.documentId);
    const [fewest, most] = [Math.ceil(MIN_LONGER_SHARE * words.length), Math.floor(words.length / MIN_LONGER_SHARE)];
    const mine = new Set(words);
    let best: { seriesId: string; score: number } | null = null;
    for (const [seriesId, head] of heads) {
      if (head.words.length < fewest || head.words.length > most || taken.has(seriesId)) continue;
      const score = sameTask(mine, head.words);
      // Ties go to the lowest series id, whatever order the heads were met in.
      if (score > 0 && (best === null || score > best.score || (score === best.score && seriesId < best.seriesId))) best = { seriesId, score };
    }
    const seriesId = best?.seriesId ?? directiveId;
    cachedStatement(
      db,
      `INSERT INTO series_members (directive_id, series_id, issuer_key, issuer, year, document_id, text, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(directiveId, seriesId, issuerKey, plan.issuer, planYear(plan), plan.documentId, extracted.text, words.join(' '));
    taken.add(seriesId);
    const head = { issuerKey, words };
    heads.set(seriesId, head);
    this.changed.set(seriesId, head);
  }

  /** Writes the heads that changed in this batch. */
  finish(): void {
    const upsert = cachedStatement(
      this.db,
      `INSERT INTO series_heads (series_id, issuer_key, word_count, words) VALUES (?, ?, ?, ?)
       ON CONFLICT (series_id) DO UPDATE SET word_count = excluded.word_count, words = excluded.words`,
    );
    for (const [seriesId, { issuerKey, words }] of this.changed) upsert.run(seriesId, issuerKey, words.length, words.join(' '));
  }

  private headsOf(issuerKey: string): Map<string, SeriesHead> {
    let heads = this.headsByIssuer.get(issuerKey);
    if (!heads) {
      const rows = cachedStatement(this.db, 'SELECT series_id, words FROM series_heads WHERE issuer_key = ?').all(issuerKey) as { series_id: string; words: string }[];
      heads = new Map(rows.map((r) => [r.series_id, { issuerKey, words: r.words ? r.words.split(' ') : [] }]));
      this.headsByIssuer.set(issuerKey, heads);
    }
    return heads;
  }

  private seriesIn(documentId: string): Set<string> {
    let series = this.seriesByDocument.get(documentId);
    if (!series) {
      series = new Set(cachedStatement(this.db, 'SELECT series_id FROM series_members WHERE document_id = ?').pluck().all(documentId) as string[]);
      this.seriesByDocument.set(documentId, series);
    }
    return series;
  }
}

function applyBatch(db: Database, events: readonly StoredEvent[]): void {
  const batch = new SeriesBatch(db);
  for (const event of events) batch.apply(event);
  batch.finish();
}

/**
 * Links the same task across successive plans of one issuer ("Tổng kết … năm 2022" -> "… năm 2023") into a
 * series. A directive joins the most similar series of its issuer that has no member from its own plan, else
 * starts one; deterministic in log order, so a rebuild links the same way. A later reading keeps the series.
 * A directive is compared with each series' latest member only, and only where the word counts allow the
 * overlap `sameTask` asks for, so linking stays linear in the number of series, not quadratic in directives.
 */
export const seriesProjection: Projection = {
  name: 'series',
  schemaSql: SERIES_SCHEMA_SQL,
  drop: SERIES_TABLES,
  handles: new Set(['DirectiveAssigned']),
  apply: (db, event) => applyBatch(db, [event]),
  applyBatch,
};
