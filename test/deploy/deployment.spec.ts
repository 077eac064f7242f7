import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ALL_VARIABLES, loadSettings } from '@plan-ledger/config';
import { inherited, parseDockerfile } from './dockerfile-stages';

// No Docker engine runs on the project's machines: these checks read docker-compose.yml and the Dockerfile instead.
const root = path.resolve(__dirname, '../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const stages = parseDockerfile(readFileSync(path.join(root, 'Dockerfile'), 'utf8'));

interface Service {
  image?: string;
  build?: { context: string; target: string };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

/** A pinned tag names a version (a digit in it), never `latest` or a bare name. */
const isPinned = (image: string): boolean => {
  const tag = /:([^/:@]+)$/.exec(image)?.[1];
  return Boolean(tag) && tag !== 'latest' && /\d/.test(tag!);
};

/** Compose's `${NAME:?message}` and `${NAME:-default}` as the value a user's environment would give. */
const substitute = (value: string): string => value.replace(/\$\{(\w+)(?::[?-][^}]*)?\}/g, (_, name) => `value-of-${name}-0123456789`);

describe('docker-compose.yml', () => {
  const services = Object.entries(compose.services);

  it('runs the event store, search, Redis, the api and the worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'eventstore', 'meilisearch', 'redis', 'worker']);
  });

  it.each(services.filter(([, s]) => s.image))('%s pins its image to a version', (_, service) => {
    expect(isPinned(service.image!)).toBe(true);
  });

  it.each(services)('%s has a healthcheck', (_, service) => {
    expect(service.healthcheck?.test?.length).toBeGreaterThan(0);
  });

  it('runs the event store in insecure development mode and takes the Meilisearch key from the environment', () => {
    expect(compose.services.eventstore.environment).toMatchObject({ EVENTSTORE_INSECURE: 'true' });
    expect(compose.services.meilisearch.environment?.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/);
  });

  it.each(['api', 'worker'])('%s is built from a Dockerfile target and waits for healthy engines', (name) => {
    const service = compose.services[name];
    expect(stages.map((s) => s.name)).toContain(service.build?.target);
    expect(service.depends_on).toEqual({
      eventstore: { condition: 'service_healthy' },
      meilisearch: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
  });

  it.each(['api', 'worker'])('%s sets only variables the settings know, and they switch every port to its scaled engine', (name) => {
    const environment = compose.services[name].environment ?? {};
    for (const variable of Object.keys(environment)) expect(ALL_VARIABLES).toContain(variable);
    const settings = loadSettings(Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, substitute(String(v))])), '/app');
    expect([settings.eventStore.mode, settings.search.mode, settings.jobQueue.mode]).toEqual(['scaled', 'scaled', 'scaled']);
    expect(settings.eventStore).toMatchObject({ url: expect.stringContaining('//eventstore:') });
    expect(settings.search).toMatchObject({ url: expect.stringContaining('//meilisearch:'), masterKey: expect.any(String) });
    expect(settings.jobQueue).toMatchObject({ url: expect.stringContaining('//redis:') });
  });

  it('points api and worker at one data volume (the worker reads the files the api stored)', () => {
    const mount = (name: string) => compose.services[name].volumes?.find((v) => v.endsWith(':/data'));
    expect(mount('api')).toBeDefined();
    expect(mount('worker')).toBe(mount('api'));
    expect(Object.keys(compose.volumes)).toContain(mount('api')!.split(':')[0]);
  });
});

describe('Dockerfile', () => {
  it('builds in named stages from pinned base images', () => {
    expect(stages.length).toBeGreaterThanOrEqual(4);
    const names = stages.map((s) => s.name);
    for (const stage of stages) {
      expect(stage.name).not.toBeNull();
      if (!names.includes(stage.from)) expect(isPinned(stage.from)).toBe(true);
    }
  });

  it.each(['api', 'worker'])('target %s runs as a non-root user, with a healthcheck and a command', (target) => {
    const instructions = inherited(stages, target);
    const users = instructions.filter((i) => i.keyword === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
    expect(instructions.filter((i) => i.keyword === 'HEALTHCHECK')).toHaveLength(1);
    expect(instructions.some((i) => i.keyword === 'CMD')).toBe(true);
  });

  it('starts each target on its own entry point, which exists', () => {
    for (const target of ['api', 'worker']) {
      const cmd = stages.find((s) => s.name === target)!.instructions.filter((i) => i.keyword === 'CMD').pop()!;
      const entry = (JSON.parse(cmd.args) as string[]).find((arg) => arg.endsWith('.ts'))!;
      expect(entry).toBe(`apps/${target}/src/main.ts`);
      expect(() => readFileSync(path.join(root, entry))).not.toThrow();
    }
  });

  it('keeps local data, dependencies and secrets out of the build context', () => {
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data', '.env', '.git']));
  });
});
