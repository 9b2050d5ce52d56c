/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/** Where the tooling keeps things: the repo, and the cache outside it. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** `$XDG_CACHE_HOME/n8n-nodes-fivetran` (default `~/.cache/n8n-nodes-fivetran`). */
export function cacheRoot(): string {
	return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'n8n-nodes-fivetran');
}

/** Node 24 + n8n; `N8N_FIVETRAN_RUNTIME_DIR` overrides it. */
export function runtimeDir(): string {
	return resolve(process.env.N8N_FIVETRAN_RUNTIME_DIR ?? join(cacheRoot(), 'runtime'));
}
