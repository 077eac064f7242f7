import type { Database } from 'better-sqlite3';
import { planYear, type DirectiveAssignedData } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import { foldVietnamese } from '@plan-ledger/extraction';
import { cachedStatement, type Projection } from '../runner/projection';
import { SERIES_SCHEMA_SQL, SERIES_TABLES } from './series.schema';
import { MIN_LONGER_SHARE, sameTask, taskWords } from './series-key';

interface SeriesHead {
  series_id: string;
  words: string;
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
  apply(db: Database, event: StoredEvent): void {
    const { directiveId, plan, extracted } = event.data as DirectiveAssignedData;
    const words = taskWords(extracted.text);
    const known = cachedStatement(db, 'SELECT series_id FROM series_members WHERE directive_id = ?').get(directiveId) as { series_id: string } | undefined;
    if (known) {
      cachedStatement(db, 'UPDATE series_members SET text = ?, words = ? WHERE directive_id = ?').run(extracted.text, words.join(' '), directiveId);
      return;
    }
    const issuerKey = plan.issuer ? foldVietnamese(plan.issuer) : '';
    const [fewest, most] = [Math.ceil(MIN_LONGER_SHARE * words.length), Math.floor(words.length / MIN_LONGER_SHARE)];
    const candidates = cachedStatement(
      db,
      `SELECT series_id, words FROM series_heads
       WHERE issuer_key = ? AND word_count BETWEEN ? AND ?
         AND series_id NOT IN (SELECT series_id FROM series_members WHERE document_id = ?)
       ORDER BY series_id`,
    ).all(issuerKey, fewest, most, plan.documentId) as SeriesHead[];
    let best: { seriesId: string; score: number } | null = null;
    for (const c of candidates) {
      const score = sameTask(words, c.words.split(' '));
      if (score > 0 && (best === null || score > best.score)) best = { seriesId: c.series_id, score };
    }
    const seriesId = best?.seriesId ?? directiveId;
    cachedStatement(
      db,
      `INSERT INTO series_members (directive_id, series_id, issuer_key, issuer, year, document_id, text, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(directiveId, seriesId, issuerKey, plan.issuer, planYear(plan), plan.documentId, extracted.text, words.join(' '));
    cachedStatement(
      db,
      `INSERT INTO series_heads (series_id, issuer_key, word_count, words) VALUES (?, ?, ?, ?)
       ON CONFLICT (series_id) DO UPDATE SET word_count = excluded.word_count, words = excluded.words`,
    ).run(seriesId, issuerKey, words.length, words.join(' '));
  },
};
