import { execSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { measureExtractionTime } from './extraction-time';
import { measureIngestThroughput } from './ingest-throughput';
import { measurePeakRss } from './peak-rss';
import { measureRebuildRate } from './rebuild-rate';
import { measureSearchLatency } from './search-latency';

/**
 * `npm run bench`: every figure of the README's Performance section, measured in this one run, printed as one
 * table with its target and written to bench/results.json so runs can be compared.
 */
const SIZES = { throughputRounds: 3, extractionRuns: 10, generatedPlans: 1000, directives: 100_000, queries: 1000 };

interface Row {
  figure: string;
  measured: string;
  target: string;
  met: boolean;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'plan-ledger-bench-'));
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  try {
    step('ingest throughput');
    const throughput = await measureIngestThroughput(SIZES.throughputRounds);
    step('extraction time');
    const extraction = await measureExtractionTime(SIZES.extractionRuns);
    step(`ingesting ${SIZES.generatedPlans} generated plans in a child process`);
    const dataDir = path.join(work, 'generated');
    const ingest = await measurePeakRss(dataDir, SIZES.generatedPlans);
    step('read-model rebuild');
    const rebuild = await measureRebuildRate(dataDir);
    step(`search at ${SIZES.directives} directives`);
    const search = await measureSearchLatency(work, SIZES.directives, SIZES.queries);

    const rows: Row[] = [
      {
        figure: 'ingest: pipeline vs bare text (10 sample files)',
        measured: `${fixed(throughput.pipelinePlansPerSecond)} vs ${fixed(throughput.barePlansPerSecond)} plans/s = ${fixed(throughput.ratio, 2)}×`,
        target: '≥ 0.80×',
        met: throughput.ratio >= 0.8,
      },
      {
        figure: 'extraction per plan, samples (median / p95)',
        measured: `${fixed(extraction.samples.medianMs)} / ${fixed(extraction.samples.p95Ms)} ms`,
        target: '(reported)',
        met: true,
      },
      {
        figure: `extraction, long-001x40.docx (${extraction.long.directives} directives)`,
        measured: `${fixed(extraction.long.medianMs)} / ${fixed(extraction.long.p95Ms)} ms`,
        target: '(reported)',
        met: true,
      },
      {
        figure: `search top 20, ${search.directives} directives (median / p95)`,
        measured: `${fixed(search.top.medianMs)} / ${fixed(search.top.p95Ms)} ms`,
        target: 'p95 ≤ 20 ms',
        met: search.top.p95Ms <= 20,
      },
      {
        figure: 'search full request: top 20, total, facets',
        measured: `${fixed(search.full.medianMs)} / ${fixed(search.full.p95Ms)} ms`,
        target: 'p95 ≤ 40 ms',
        met: search.full.p95Ms <= 40,
      },
      {
        figure: `read-model rebuild (${rebuild.events} events)`,
        measured: `${fixed(rebuild.eventsPerSecond, 0)} events/s`,
        target: '≥ 50000 events/s',
        met: rebuild.eventsPerSecond >= 50_000,
      },
      {
        figure: `peak RSS ingesting ${ingest.plans} distinct plans`,
        measured: `${fixed(ingest.peakRssMb, 0)} MB (${fixed(ingest.bootRssMb, 0)} MB after start-up)`,
        target: '≤ 300 MB',
        met: ingest.peakRssMb <= 300,
      },
    ];
    printTable(rows);
    const notes = [
      `${ingest.plans} plans ingested in ${fixed(ingest.ms / 1000)} s (${fixed((ingest.plans * 1000) / ingest.ms)} plans/s), ${ingest.duplicates} duplicates; documents ${JSON.stringify(rebuild.documentsByStatus)}`,
      `search: ${search.queries} queries, ${search.withHits} with hits, ${fixed(search.averageHits, 0)} hits on average; corpus built in ${fixed(search.buildMs / 1000)} s; first search ${fixed(search.firstMs)} ms`,
      `load average ${loadBefore.map((l) => fixed(l, 2)).join(' ')} before, ${loadavg().map((l) => fixed(l, 2)).join(' ')} after; ${cpus().length} cores; Node ${process.version}`,
    ];
    for (const note of notes) console.log(note);
    await writeFile(
      path.join(__dirname, 'results.json'),
      `${JSON.stringify({ startedAt, commit: commit(), node: process.version, cores: cpus().length, loadavg: { before: loadBefore, after: loadavg() }, sizes: SIZES, rows, throughput, extraction, ingest, rebuild, search }, null, 2)}\n`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function step(what: string): void {
  process.stderr.write(`bench: ${what}…\n`);
}

function printTable(rows: Row[]): void {
  const header: Row = { figure: 'figure', measured: 'measured', target: 'target', met: true };
  const width = (key: 'figure' | 'measured' | 'target') => Math.max(...[header, ...rows].map((row) => row[key].length));
  const line = (row: Row, mark: string) =>
    `| ${row.figure.padEnd(width('figure'))} | ${row.measured.padEnd(width('measured'))} | ${row.target.padEnd(width('target'))} | ${mark.padEnd(4)} |`;
  console.log(line(header, 'met'));
  console.log(`|${'-'.repeat(width('figure') + 2)}|${'-'.repeat(width('measured') + 2)}|${'-'.repeat(width('target') + 2)}|------|`);
  for (const row of rows) console.log(line(row, row.target === '(reported)' ? '' : row.met ? 'yes' : 'NO'));
}

function commit(): string | null {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: __dirname, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
