/**
 * Everything to drive a real n8n 2.41 from tooling and end-to-end tests, in one import:
 *
 *   const runtime = await ensureRuntime();            // Node 24 + n8n, cached outside the repo
 *   await installPackageInto(userFolder);             // this repo as a community package
 *   await importCredentials([...], { userFolder });
 *   await importWorkflows([...], { userFolder });
 *   const run = await executeWorkflow(id, { userFolder });
 *   const n8n = await startN8n({ userFolder });        // owner set up, editor ready
 *   const api = await n8n.api(); await n8n.stop();
 */
export {
	buildPackage,
	communityNodesDir,
	installPackageInto,
	packPackage,
	PACKAGE_NAME,
	PACKED_TARBALL_ENV,
} from './communityPackage';
export {
	N8nApi,
	N8nHttpError,
	type N8nExecution,
	type N8nNodeType,
	type OwnerLogin,
} from './n8nApi';
export {
	importCredential,
	importCredentials,
	importWorkflow,
	importWorkflows,
	logsDir,
	n8nCliOrThrow,
	n8nEnv,
	publishWorkflow,
	runN8nCli,
	unpublishWorkflow,
	type CredentialImport,
	type N8nProcessOptions,
	type WorkflowImport,
} from './n8nCli';
export {
	executeWorkflow,
	nodeItems,
	parseRunOutput,
	WorkflowExecutionError,
	type WorkflowRun,
} from './n8nExecute';
export { DEFAULT_OWNER, startN8n, type RunningN8n, type StartN8nOptions } from './n8nServer';
export { freePort } from './ports';
export { ensureRuntime, N8N_VERSION, NODE_VERSION, type Runtime } from './runtime';
export { cloneUserFolder, createUserFolder } from './userFolder';
