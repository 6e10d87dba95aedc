import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every service function that acts for a request starts by asking the access layer
// (ARCHITECTURE.md, "How to add a module"): its first statement is requireAccess(...) or
// authorize(...), or, for what acts on the caller's own account, authorizeSelf(ctx) or
// authorizeCitizen(ctx) (lib/access.ts), so a reader sees at the top who may call it, and a
// new function cannot forget to ask. There is no list of exceptions. The scan judges exported functions that take the request context (a
// parameter typed RequestContext, usually the one after the database); helpers that take no context are not
// judged, because they act for no one.
const modulesDir = join(import.meta.dirname, 'modules');
const ACCESS_CALLS = new Set(['requireAccess', 'authorize', 'authorizeSelf', 'authorizeCitizen']);

function serviceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return serviceFiles(path);
    return name.endsWith('.service.ts') ? [path] : [];
  });
}

type Judged = { name: string; ok: boolean };

function takesContext(params: ts.NodeArray<ts.ParameterDeclaration>): boolean {
  return params.some((p) => /\bRequestContext\b/.test(p.type?.getText() ?? ''));
}

/** The call a statement starts with: `f()`, `await f()`, `const x = await f()`. */
function firstCallName(statement: ts.Statement | undefined): string | undefined {
  if (!statement) return undefined;
  let expr: ts.Expression | undefined;
  if (ts.isExpressionStatement(statement)) expr = statement.expression;
  else if (ts.isVariableStatement(statement)) expr = statement.declarationList.declarations[0]?.initializer;
  else if (ts.isReturnStatement(statement)) expr = statement.expression;
  while (expr && (ts.isAwaitExpression(expr) || ts.isParenthesizedExpression(expr))) expr = expr.expression;
  if (!expr || !ts.isCallExpression(expr)) return undefined;
  return ts.isIdentifier(expr.expression) ? expr.expression.text : undefined;
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function judge(file: string): Judged[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const where = relative(modulesDir, file);
  const found: Judged[] = [];
  const check = (name: string, fn: ts.FunctionLikeDeclaration) => {
    if (!takesContext(fn.parameters)) return;
    const body = fn.body;
    const first = body && ts.isBlock(body) ? body.statements[0] : undefined;
    const call =
      body && !ts.isBlock(body)
        ? firstCallName(ts.factory.createExpressionStatement(body))
        : firstCallName(first);
    found.push({ name: `${where}: ${name}`, ok: call !== undefined && ACCESS_CALLS.has(call) });
  };
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) check(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isIdentifier(d.name)) {
          check(d.name.text, init);
        }
      }
    }
  }
  return found;
}

describe('access first', () => {
  const judged = serviceFiles(modulesDir).flatMap(judge);

  it('sees the service functions it judges', () => {
    expect(judged.length).toBeGreaterThan(150);
  });

  it('every service function taking the request context asks the access layer first', () => {
    expect(judged.filter((j) => !j.ok).map((j) => j.name)).toEqual([]);
  });
});
