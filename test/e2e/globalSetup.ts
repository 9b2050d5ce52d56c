/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * Runs once before the e2e files: builds the package (lifecycle scripts are off, nothing else
 * builds it) and creates the n8n runtime cache when it is missing (minutes, with progress).
 * N8N_FIVETRAN_SKIP_BUILD=1 packs the dist/ already there (e.g. while the tree is mid-edit).
 * The tarball is packed here, once, for every file.
 */
import {
	buildPackage,
	ensureRuntime,
	packPackage,
	PACKED_TARBALL_ENV,
} from '../../scripts/lib/n8n';

export default async function globalSetup(): Promise<void> {
	const startedAt = Date.now();
	if (process.env.N8N_FIVETRAN_SKIP_BUILD !== '1') await buildPackage();
	// Workers start after this and inherit the variable: every file installs this tarball.
	process.env[PACKED_TARBALL_ENV] = await packPackage();
	const runtime = await ensureRuntime();
	console.log(
		`\ne2e: package built, n8n runtime ready in ${runtime.runtimeDir} (${Math.round((Date.now() - startedAt) / 1000)} s)`,
	);
}
