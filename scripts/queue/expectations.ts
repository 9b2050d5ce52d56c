/** What the queue-mode run must show (issue 11), as a list of problems; empty when all is met. */
import type { BadSignatureResult, LoadResult, TriggerResult } from './scenarios';

export interface QueueResults {
	ranAt: string;
	n8n: string;
	deployment: Record<string, string | number>;
	node: LoadResult;
	trigger: TriggerResult;
	badSignatures: BadSignatureResult;
	problems: string[];
	durationSeconds: number;
	/** The user folder, whose logs/ holds every process's log. */
	logs: string;
}

function loadProblems(label: string, result: LoadResult): string[] {
	const problems: string[] = [];
	if (result.responses['200'] !== result.requests)
		problems.push(`${label}: not every request was accepted (${JSON.stringify(result.responses)})`);
	if (result.executionStatuses.success !== result.requests) {
		problems.push(
			`${label}: ${result.executionStatuses.success ?? 0} of ${result.requests} executions succeeded`,
		);
	}
	const idle = Object.entries(result.workerSplit).filter(
		([name, count]) => name !== 'unknown' && count === 0,
	);
	if (idle.length > 0)
		problems.push(`${label}: ${idle.map(([name]) => name).join(', ')} ran nothing`);
	if ((result.workerSplit.unknown ?? 0) > 0)
		problems.push(
			`${label}: ${result.workerSplit.unknown} executions not found in any worker's log`,
		);
	return [...problems, ...result.failures.map((failure) => `${label}: ${failure}`)];
}

export function evaluate(results: QueueResults): string[] {
	const { trigger, badSignatures } = results;
	const problems = [...loadProblems('node', results.node), ...loadProblems('trigger', trigger)];
	if (trigger.lost > 0) problems.push(`trigger: ${trigger.lost} events lost`);
	if (trigger.duplicated > 0) problems.push(`trigger: ${trigger.duplicated} events executed twice`);
	if (trigger.redeliveries.newExecutions !== 0) {
		problems.push(
			`trigger: ${trigger.redeliveries.newExecutions} executions from re-deliveries to the same processor`,
		);
	}
	if (badSignatures.responses['401'] !== badSignatures.sent) {
		problems.push(
			`bad signatures: answered ${JSON.stringify(badSignatures.responses)}, expected 401 for all`,
		);
	}
	if (badSignatures.newExecutions !== 0)
		problems.push(`bad signatures: ${badSignatures.newExecutions} executions started`);
	return problems;
}
