/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * Where Fivetran's definition lives and how the contract file is read from it: the folder
 * `shared/spec` beside the repository (`../shared/spec` from the repo root, or from a folder above
 * it when the repository is a worktree one level deeper), or `FIVETRAN_SPEC_DIR`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import {
	buildContract,
	JULY_FILE,
	SEPTEMBER_DIR,
	serializeContract,
	type InputFile,
} from './convert';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CONTRACT_FILE = path.join(REPO_ROOT, 'test/contract/fivetran-contract.json');

/** The spec folder, or undefined when there is none. */
export function findSpecDir(): string | undefined {
	const override = process.env.FIVETRAN_SPEC_DIR;
	if (override) return existsSync(path.join(override, JULY_FILE)) ? override : undefined;
	let dir = REPO_ROOT;
	for (;;) {
		const parent = path.dirname(dir);
		if (parent === dir) return undefined;
		const candidate = path.join(parent, 'shared/spec');
		if (existsSync(path.join(candidate, JULY_FILE))) return candidate;
		dir = parent;
	}
}

function readInput(specDir: string, relative: string): InputFile {
	const bytes = readFileSync(path.join(specDir, relative));
	return {
		path: relative.split(path.sep).join('/'),
		text: bytes.toString('utf8'),
		sha256: createHash('sha256').update(bytes).digest('hex'),
	};
}

/** The September per-operation files: `2026-09/<area>/<operationId>.json`. */
function septemberFiles(specDir: string): string[] {
	const root = path.join(specDir, SEPTEMBER_DIR);
	return readdirSync(root)
		.filter((area) => statSync(path.join(root, area)).isDirectory())
		.flatMap((area) =>
			readdirSync(path.join(root, area))
				.filter((name) => name.endsWith('.json'))
				.map((name) => path.join(SEPTEMBER_DIR, area, name)),
		);
}

/** The contract file's text as generated from `specDir` now. */
export function generateContractText(specDir: string): string {
	const july = readInput(specDir, JULY_FILE);
	const september = septemberFiles(specDir).map((file) => readInput(specDir, file));
	return serializeContract(buildContract(july, september));
}
