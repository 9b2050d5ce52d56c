/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, no-console -- test tooling: runs under Node, never shipped */
/**
 * How much of Fivetran's definition the node reaches, measured: runs the node and trigger tests
 * with FIVETRAN_REACH_DIR set (test/contract/reach.ts), so every conforming node request is
 * recorded with its operation id, then compares with the definition and writes
 * docs/api-coverage.md:
 *
 *   npm run contract:reach
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from '../lib/paths';
import { LEFT_OUT } from '../../test/contract/reach';

interface Operation {
	operationId: string;
	method: string;
	path: string;
	deprecated: boolean;
	source: string;
}

const SEPTEMBER_NEW = new Set([
	'connection_moved',
	'connection_moved_job_status',
	'connection_sync_history',
	'connection_warnings',
	'dismiss_connection_warning',
	'delete_user_api_keys',
	'get_user_api_key',
	'create_user_api_key',
	'rotate_user_api_key',
	'list_api_keys',
]);

const dir = mkdtempSync(join(tmpdir(), 'fivetran-reach-'));
const run = spawnSync('npx', ['jest', 'test/nodes', 'test/trigger', 'test/credentials'], {
	cwd: REPO_ROOT,
	env: { ...process.env, FIVETRAN_REACH_DIR: dir },
	stdio: 'inherit',
});
const reached = new Set(
	readdirSync(dir).flatMap((file) =>
		readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean),
	),
);
rmSync(dir, { recursive: true, force: true });

const { operations } = JSON.parse(
	readFileSync(join(REPO_ROOT, 'test', 'contract', 'fivetran-contract.json'), 'utf8'),
) as { operations: Operation[] };
const july = operations.filter((op) => !isSeptemberNew(op));
const missing = operations.filter(
	(op) => !reached.has(op.operationId) && !(op.operationId in LEFT_OUT),
);
const leftOut = operations.filter((op) => op.operationId in LEFT_OUT);

/** The ten operations September added (they have no July counterpart); see DELTA.md. */
function isSeptemberNew(op: Operation): boolean {
	return SEPTEMBER_NEW.has(op.operationId);
}

const rows = operations.map(
	(op) =>
		`| \`${op.operationId}\` | ${op.method} \`${op.path}\` | ${
			reached.has(op.operationId)
				? 'yes'
				: op.operationId in LEFT_OUT
					? `left out: ${LEFT_OUT[op.operationId]}`
					: '**no**'
		} |`,
);
const reachedJuly = july.filter((op) => reached.has(op.operationId)).length;
const summary = [
	`Operations in the definition: ${operations.length} (${july.length} in July 2026, ${operations.length - july.length} added in September).`,
	`Reached by node operations, with conforming requests, in the tests: ${reached.size} of ${operations.length} (${reachedJuly} of the ${july.length} July operations).`,
	`Left out on purpose: ${leftOut.length}. Not reached yet: ${missing.length}.`,
];
writeFileSync(
	join(REPO_ROOT, 'docs', 'api-coverage.md'),
	[
		'# Fivetran API coverage',
		'',
		'Measured by `npm run contract:reach`: the node and trigger tests run with every conforming',
		"request recorded by its operation in Fivetran's definition (`test/contract/reach.ts`). Do not",
		'edit by hand.',
		'',
		...summary,
		'',
		'| Operation | Endpoint | Reached |',
		'|---|---|---|',
		...rows,
		'',
	].join('\n'),
);
console.log(summary.join('\n'));
if (missing.length > 0)
	console.log(`Not reached: ${missing.map((op) => op.operationId).join(', ')}`);
process.exit(run.status ?? 1);
