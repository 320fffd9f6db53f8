/**
 * The watcher depends on Argo facts and the Kubernetes client only: nothing under src/watcher
 * imports the rules engine, the constructs, lint or the install construct (issue #12 layers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WATCHER = join(__dirname, '..', '..', 'src', 'watcher');
const FORBIDDEN = ['rules', 'workflows', 'events', 'deploy', 'lint', 'platform', 'cli'];

describe('src/watcher layering', () => {
  it('imports nothing from the layers above it', () => {
    const offending: string[] = [];
    for (const file of readdirSync(WATCHER).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(WATCHER, file), 'utf8');
      for (const m of text.matchAll(/from '(\.\.\/[^']+)'/g)) {
        const top = m[1].split('/')[1];
        if (FORBIDDEN.includes(top)) offending.push(`${file}: ${m[1]}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
