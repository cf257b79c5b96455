/**
 * One lifecycle, one truth: no production module decides something on a delegation status of its
 * own — a comparison, a switch case, a list of statuses — outside the lifecycle module and the tables
 * that define the statuses. Naming the status a command moves a visit to (a transition's target)
 * is the command itself, and stays. The TypeScript checker tells a delegation status ("cancelled"
 * compared with a delegation's status) from the same word meaning something else (a meeting's).
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { delegationStatuses } from '../../shared/domain/status';

const root = join(import.meta.dirname, '../..');
/** Where statuses are defined, named and derived. */
const allowed = new Set([
  'shared/domain/status.ts',
  'shared/domain/lifecycle.ts',
  'shared/domain/status-names.ts',
  'shared/api/client/schema.ts',
]);
const production = /^(shared|functions|infra|events|web\/src)\//;
const statuses = new Set<string>(delegationStatuses);

/** Whether a type is the delegation status union, or a union containing all of it. */
function isDelegationStatus(type: ts.Type | undefined): boolean {
  if (!type?.isUnion()) return false;
  const values = new Set(
    type.types.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value),
  );
  return delegationStatuses.every((status) => values.has(status));
}

/** Whether the literal decides on a status: compared with one, a case of a switch on one, or listed. */
function decides(node: ts.StringLiteral, checker: ts.TypeChecker): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const other = parent.left === node ? parent.right : parent.left;
    return isDelegationStatus(checker.getTypeAtLocation(other));
  }
  if (ts.isCaseClause(parent))
    return isDelegationStatus(checker.getTypeAtLocation(parent.parent.parent.expression));
  if (ts.isArrayLiteralExpression(parent)) return isDelegationStatus(checker.getContextualType(node));
  return false;
}

function findUses(tsconfig: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) throw new Error(`${tsconfig} could not be read`);
  const files = config.fileNames.filter((file) => production.test(file.slice(root.length + 1)));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const uses: string[] = [];
  for (const source of program.getSourceFiles()) {
    const path = source.fileName.slice(root.length + 1);
    if (!production.test(path) || allowed.has(path)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) && statuses.has(node.text) && decides(node, checker)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        uses.push(`${path}:${line + 1} '${node.text}'`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe('The lifecycle', () => {
  it('is the only place a delegation status decides anything, in the backend', { timeout: 120_000 }, () => {
    expect(findUses('tsconfig.json')).toEqual([]);
  });

  it('is the only place a delegation status decides anything, in the console', { timeout: 120_000 }, () => {
    expect(findUses('web/tsconfig.json')).toEqual([]);
  });
});
