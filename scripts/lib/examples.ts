/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * The example workflows in scripts/workflows (imported by `npm start`): plain n8n exports that
 * use the credential with id FIVETRAN_CREDENTIAL_ID.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { WorkflowImport } from './n8nCli';
import { REPO_ROOT } from './paths';

export const EXAMPLES_DIR = join(REPO_ROOT, 'scripts', 'workflows');

/** The trigger example `npm start` publishes when it runs against the emulator. */
export const NOTIFY_ON_FAILED_SYNC_ID = 'exNotifyFailedSync';

export function loadExampleWorkflows(): WorkflowImport[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as WorkflowImport);
}
