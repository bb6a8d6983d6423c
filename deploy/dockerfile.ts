// A small reader of our Dockerfile's instructions, for deploy/container.test.ts: stages and their instructions,
// with line continuations joined. It knows the instructions the file uses, not the whole Dockerfile grammar.

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  base: string;
  name: string | null;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\w+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ base: from?.[1] ?? args, name: from?.[2] ?? null, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword, args });
    }
  }
  return stages;
}

export interface Copy {
  from: string | null;
  sources: string[];
  destination: string;
}

/** A COPY's --from stage, its sources and destination (shell form only; flags other than --from are skipped). */
export function parseCopy(args: string): Copy {
  const words = args.split(/\s+/);
  let from: string | null = null;
  const rest: string[] = [];
  for (const word of words) {
    if (word.startsWith('--from=')) from = word.slice('--from='.length);
    else if (!word.startsWith('--')) rest.push(word);
  }
  return { from, sources: rest.slice(0, -1), destination: rest.at(-1) ?? '' };
}
