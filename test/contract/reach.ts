/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * Which operations of Fivetran's definition the node reaches (issue 19). While the tests run with
 * FIVETRAN_REACH_DIR set (`npm run contract:reach` sets it), every node request that conforms to
 * its operation (test/harness/contractCheck.ts) appends the operation id to a file of that folder,
 * one file per jest worker. Without the variable, nothing is recorded.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

import { contract, type RequestToCheck } from './contract';

export function recordReached(request: RequestToCheck): void {
	const dir = process.env.FIVETRAN_REACH_DIR;
	if (!dir) return;
	const found = contract().match(request.method, request.path);
	if (found) appendFileSync(join(dir, `${process.pid}.txt`), `${found.operation.operationId}\n`);
}

/**
 * Operations of the definition no node operation reaches on purpose, with the reason. Everything
 * else must be reached (scripts/contract/reach.ts prints and writes docs/api-coverage.md).
 */
export const LEFT_OUT: Record<string, string> = {
	approve_certificate:
		'Deprecated in the definition; Certificate › Approve uses the connection- and destination-level endpoints that replace it.',
};
