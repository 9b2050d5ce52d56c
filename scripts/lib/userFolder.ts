/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/** Fresh `N8N_USER_FOLDER`s: each holds its own SQLite database, settings and packages. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty user folder under the system temp dir, e.g. `/tmp/n8n-e2e-cli-Ab12Cd`. */
export function createUserFolder(label: string): string {
	return mkdtempSync(join(tmpdir(), `n8n-e2e-${label}-`));
}

/**
 * A new user folder with the settings (encryption key) and SQLite database of `template`, a
 * user folder no n8n is running on: n8n starts on it without running its migrations again
 * (half a minute on a busy machine). Packages and logs are not copied.
 */
export function cloneUserFolder(template: string, label: string): string {
	const folder = createUserFolder(label);
	const from = join(template, '.n8n');
	const to = join(folder, '.n8n');
	mkdirSync(to);
	for (const file of readdirSync(from)) {
		if (file === 'config' || file.startsWith('database.sqlite'))
			copyFileSync(join(from, file), join(to, file));
	}
	return folder;
}
