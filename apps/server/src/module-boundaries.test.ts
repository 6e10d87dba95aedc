import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Modules own their tables: another module reaches them only through the module's index.ts
// (ARCHITECTURE.md, "How to add a module"). These tests read the import statements.
const modulesDir = join(import.meta.dirname, 'modules');
const moduleNames = readdirSync(modulesDir).filter((d) => statSync(join(modulesDir, d)).isDirectory());

/** `path` is the imported file relative to modules/, e.g. `org-units/index` or `org-units/org-units.schemas`. */
type Import = { file: string; from: string; spec: string; target: string; path: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function crossModuleImports(): Import[] {
  const found: Import[] = [];
  for (const file of sourceFiles(modulesDir)) {
    const from = relative(modulesDir, file).split(sep)[0] ?? '';
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const spec = m[1] ?? '';
      const rel = relative(modulesDir, resolve(dirname(file), spec));
      const target = rel.split(sep)[0] ?? '';
      if (rel.startsWith('..') || target === from) continue;
      found.push({ file: relative(modulesDir, file), from, spec, target, path: rel.split(sep).join('/') });
    }
  }
  return found;
}

/** Groups of modules that import each other, directly or through others (Tarjan's algorithm). */
function moduleCycles(imports: Import[]): string[] {
  const edges = new Map(moduleNames.map((m) => [m, new Set<string>()]));
  for (const i of imports) if (!i.file.includes('.test.')) edges.get(i.from)?.add(i.target);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w) group.push(w);
    } while (w && w !== v);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const m of moduleNames) if (!index.has(m)) visit(m);
  return cycles.map((c) => c.join(' ↔ ')).sort();
}

describe('module boundaries', () => {
  const imports = crossModuleImports();

  it('no module imports another module’s repository', () => {
    const offending = imports
      .filter((i) => /\.repository(\.js)?$/.test(i.spec))
      .map((i) => `${i.file} → ${i.spec}`);
    expect(offending).toEqual([]);
  });

  it('another module is reached only through its index.ts (test files excepted)', () => {
    // The index is the module's public surface: what is not exported there may change without
    // telling anyone. Test files may reach further in (to seed rows, or to check a helper of the
    // module under test against another's), since nothing imports a test.
    const offending = imports
      .filter((i) => !/\.test\.tsx?$/.test(i.file))
      .filter((i) => !['', '/index', '/index.js', '/index.ts'].some((end) => i.path === `${i.target}${end}`))
      .map((i) => `${i.file} → ${i.spec}`);
    expect(offending).toEqual([]);
  });

  it('the module graph has no cycle', () => {
    // A cycle makes modules one unit in all but name: none can be read, tested or changed alone.
    // Where a lower module needs a higher one's work, the app or the higher module passes a function
    // in (e.g. org-units/unit-staff.ts, records/signed-decision.ts).
    expect(moduleCycles(imports)).toEqual([]);
  });

  it('sees the imports it judges (a test that reads nothing would pass)', () => {
    expect(moduleNames.length).toBeGreaterThan(25);
    expect(imports.some((i) => i.target === 'org-units' && i.spec.endsWith('/index'))).toBe(true);
    // Test files still reach into other modules, so the exception above is exercised.
    expect(imports.some((i) => i.file.includes('.test.') && !i.path.endsWith('/index'))).toBe(true);
  });
});
