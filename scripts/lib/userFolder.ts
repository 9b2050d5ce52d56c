/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/** Fresh `N8N_USER_FOLDER`s: each holds its own SQLite database, settings and packages. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty user folder under the system temp dir, e.g. `/tmp/n8n-e2e-cli-Ab12Cd`. */
export function createUserFolder(label: string): string {
	return mkdtempSync(join(tmpdir(), `n8n-e2e-${label}-`));
}
