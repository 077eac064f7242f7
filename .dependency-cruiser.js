// Boundaries (STYLE 14): the pure libraries know nothing of Nest, apps or adapters; libs never import apps.
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'pure-libs-no-nest',
      comment: 'libs/domain and libs/extraction are plain TypeScript: no framework.',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/' },
      to: { path: '(^|/)node_modules/@nestjs/' },
    },
    {
      name: 'pure-libs-no-io-libs',
      comment: 'libs/domain and libs/extraction do no I/O and know no adapter.',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '(^|/)node_modules/(better-sqlite3|@eventstore|meilisearch|bull|ioredis|pdf-parse|mammoth)|^libs/(event-store|projections|jobs|documents|config)/' },
    },
    {
      name: 'pure-libs-no-node-io',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(fs|child_process|net|http|https|worker_threads)$' },
    },
    {
      name: 'libs-not-to-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-adapter-imports-from-domain-side',
      comment: 'Adapters are wired at the edge; ports are what other code imports.',
      severity: 'error',
      from: { path: '^libs/(domain|extraction)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/[^/]+/src/adapters/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^|/)(node_modules|dist|apps/web)/' },
  },
};
