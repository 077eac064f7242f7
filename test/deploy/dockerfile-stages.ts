export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name: string | null;
  /** The base image with build arguments substituted, or the earlier stage it builds on. */
  from: string;
  instructions: Instruction[];
}

/**
 * The stages of a Dockerfile, enough to check what it promises: continuation lines joined, comments dropped,
 * `ARG` defaults declared before the first FROM substituted into FROM lines.
 */
export function parseDockerfile(source: string): Stage[] {
  const lines = source.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args = ''] = /^(\S+)\s*(.*)$/.exec(line)!;
    const upper = keyword.toUpperCase();
    if (upper === 'ARG' && stages.length === 0) {
      const [name, value = ''] = args.split('=');
      globalArgs.set(name.trim(), value.trim());
    } else if (upper === 'FROM') {
      const [image, as, name] = args.split(/\s+/);
      const from = image.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => globalArgs.get(a ?? b) ?? '');
      stages.push({ name: as?.toUpperCase() === 'AS' ? name : null, from, instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push({ keyword: upper, args });
    }
  }
  return stages;
}

/** A stage's instructions including those of the stages it builds on. */
export function inherited(stages: Stage[], name: string): Instruction[] {
  const stage = stages.find((s) => s.name === name);
  if (!stage) return [];
  return [...inherited(stages, stage.from), ...stage.instructions];
}
