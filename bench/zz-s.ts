import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { measureSearchLatency } from './search-latency';
measureSearchLatency(mkdtempSync(path.join(tmpdir(), 'bs-')), Number(process.argv[2]), 1000).then((r) => console.log(JSON.stringify(r)));
