/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/** Every `cases/<area>.cases.ts`, found on disk, so adding a file needs no edit elsewhere. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { CaseFile } from './cases/types';

export function caseFiles(): Array<{ area: string; file: CaseFile }> {
	const dir = path.join(__dirname, 'cases');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.cases.ts'))
		.sort()
		.map((name) => ({
			area: name.replace(/\.cases\.ts$/, ''),
			file: jest.requireActual<CaseFile>(path.join(dir, name)),
		}));
}
