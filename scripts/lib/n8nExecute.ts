/**
 * `n8n execute --id=<id> --rawOutput` and reading what it printed. The workflow must start
 * with a Manual Trigger. n8n prints the run as indented JSON (`{` and `}` alone on their lines)
 * mixed with log lines, so the JSON is cut out between those two lines.
 */
import { runN8nCli, type N8nProcessOptions } from './n8nCli';

export interface NodeRun {
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
	error?: { message?: string; description?: string };
}

/** The part of n8n's IRun the tests read. */
export interface WorkflowRun {
	status?: string;
	data: {
		resultData: {
			runData: Record<string, NodeRun[]>;
			lastNodeExecuted?: string;
			error?: { message?: string };
		};
	};
}

/** Cuts the run's JSON out of the CLI output; undefined when there is none. */
export function parseRunOutput(output: string): WorkflowRun | undefined {
	const lines = output.split('\n');
	const start = lines.indexOf('{');
	if (start < 0) return undefined;
	const end = lines.indexOf('}', start);
	if (end < 0) return undefined;
	return JSON.parse(lines.slice(start, end + 1).join('\n')) as WorkflowRun;
}

export class WorkflowExecutionError extends Error {
	constructor(
		message: string,
		readonly output: string,
	) {
		super(message);
	}
}

/** Runs an imported workflow once; throws WorkflowExecutionError when it failed. */
export async function executeWorkflow(
	id: string,
	options: N8nProcessOptions,
): Promise<WorkflowRun> {
	const { code, output } = await runN8nCli(['execute', `--id=${id}`, '--rawOutput'], options);
	const run = code === 0 ? parseRunOutput(output) : undefined;
	if (!run) {
		const tail = output.split('\n').slice(-40).join('\n');
		throw new WorkflowExecutionError(
			`n8n execute --id=${id} failed (exit code ${code}):\n${tail}`,
			output,
		);
	}
	return run;
}

/** The JSON of the items a node output (first output, last run of the node). */
export function nodeItems(
	run: WorkflowRun,
	nodeName: string,
	outputIndex = 0,
): Array<Record<string, unknown>> {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length) {
		const ran = Object.keys(run.data.resultData.runData).join(', ');
		throw new Error(`Node "${nodeName}" did not run (nodes that ran: ${ran})`);
	}
	const last = runs[runs.length - 1];
	if (last.error)
		throw new Error(`Node "${nodeName}" failed: ${last.error.message ?? 'unknown error'}`);
	return (last.data?.main?.[outputIndex] ?? []).map((item) => item.json);
}
