/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * Experiment for issue 17 (docs/wait-by-webhook.md): how n8n 2.41 answers calls to an
 * execution's resume URL while the execution runs, while it waits, across a restart, and after
 * it finished. Uses only n8n's own nodes (Webhook, Set, HTTP Request, Wait): no Fivetran.
 *
 *   npx ts-node --transpile-only scripts/experiments/waitingResume.ts
 *
 * Two n8n starts on one user folder. Prints one JSON object with what it observed.
 */
import { startN8n, createUserFolder, type RunningN8n } from '../lib/n8n';
import type { N8nApi, N8nExecution } from '../lib/n8nApi';
import { pause } from '../lib/processes';

const START_PATH = 'wbw-experiment-start';

/** An HTTP Request node that POSTs to `url` and outputs the full answer, whatever its status. */
function callNode(name: string, url: string, x: number) {
	return {
		id: name.toLowerCase().replace(/\W+/g, '-'),
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [x, 0],
		parameters: {
			method: 'POST',
			url,
			options: { response: { response: { fullResponse: true, neverError: true } } },
		},
	};
}

const workflow = {
	name: 'wait-by-webhook experiment',
	settings: { saveDataSuccessExecution: 'all', saveDataErrorExecution: 'all' },
	nodes: [
		{
			id: 'start',
			name: 'Start',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: 'e0c3f1d2-4b5a-4c6d-8e7f-000000000017',
			parameters: { httpMethod: 'POST', path: START_PATH, responseMode: 'onReceived' },
		},
		{
			id: 'resume-url',
			name: 'Resume URL',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: {
				assignments: {
					assignments: [
						{ id: 'a1', name: 'resumeUrl', value: '={{ $execution.resumeUrl }}', type: 'string' },
					],
				},
				options: {},
			},
		},
		// While this execution runs, it calls its own resume URL: valid token, wrong token, none.
		callNode('Own resume URL while running', '={{ $execution.resumeUrl }}', 400),
		callNode(
			'Wrong token while running',
			"={{ $execution.resumeUrl.replace(/signature=[^&]+/, 'signature=' + '0'.repeat(64)) }}",
			600,
		),
		callNode('No token while running', "={{ $execution.resumeUrl.split('?')[0] }}", 800),
		{
			id: 'wait',
			name: 'Wait',
			type: 'n8n-nodes-base.wait',
			typeVersion: 1.1,
			position: [1000, 0],
			parameters: {
				resume: 'webhook',
				httpMethod: 'POST',
				limitWaitTime: true,
				resumeAmount: 30,
				resumeUnit: 'minutes',
				// Its webhook() answers a bot 403 and returns no workflowData: shows that such an
				// answer leaves the execution waiting.
				options: { ignoreBots: true },
			},
		},
	],
	connections: {
		Start: { main: [[{ node: 'Resume URL', type: 'main', index: 0 }]] },
		'Resume URL': { main: [[{ node: 'Own resume URL while running', type: 'main', index: 0 }]] },
		'Own resume URL while running': {
			main: [[{ node: 'Wrong token while running', type: 'main', index: 0 }]],
		},
		'Wrong token while running': {
			main: [[{ node: 'No token while running', type: 'main', index: 0 }]],
		},
		'No token while running': { main: [[{ node: 'Wait', type: 'main', index: 0 }]] },
	},
};

type Answer = { status: number; body: string };

/** Not a bot to `isbot` (it counts fetch's default `node` as one). */
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36';

async function post(url: string, body: unknown, userAgent = BROWSER): Promise<Answer> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'user-agent': userAgent },
		body: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.text()).slice(0, 300) };
}

function output(execution: N8nExecution, node: string): unknown {
	return execution.data?.resultData.runData[node]?.[0]?.data?.main?.[0]?.[0]?.json;
}

async function only(api: N8nApi, workflowId: string, status: string): Promise<N8nExecution> {
	for (let attempt = 0; attempt < 240; attempt++) {
		const [execution] = await api.executions(workflowId);
		if (execution?.status === status) return execution;
		await pause(500);
	}
	throw new Error(`no execution reached status ${status}`);
}

async function main(): Promise<void> {
	const userFolder = createUserFolder('wbw-experiment');
	const observed: Record<string, unknown> = { userFolder };
	let n8n: RunningN8n = await startN8n({ userFolder });
	try {
		let api = await n8n.api();
		const created = await api.rest<{ id: string }>('POST', '/workflows', {
			...workflow,
			active: false,
		});
		await api.publicApi('POST', `/workflows/${created.id}/activate`);
		observed.activated = (
			await api.publicApi<{ active: boolean }>('GET', `/workflows/${created.id}`)
		).active;
		// The production webhook is registered shortly after the activation call answers.
		let trigger = await post(`${n8n.url}/webhook/${START_PATH}`, { go: true });
		for (let attempt = 0; trigger.status === 404 && attempt < 60; attempt++) {
			await pause(500);
			trigger = await post(`${n8n.url}/webhook/${START_PATH}`, { go: true });
		}
		observed.trigger = trigger;

		const waiting = await only(api, created.id, 'waiting');
		const resumeUrl = (output(waiting, 'Resume URL') as { resumeUrl: string }).resumeUrl;
		observed.resumeUrl = resumeUrl;
		for (const node of [
			'Own resume URL while running',
			'Wrong token while running',
			'No token while running',
		]) {
			const answer = output(waiting, node) as { statusCode?: number; body?: unknown };
			observed[node] = { status: answer?.statusCode, body: answer?.body };
		}
		observed.wrongTokenWhileWaiting = await post(
			resumeUrl.replace(/signature=[^&]+/, `signature=${'0'.repeat(64)}`),
			{ event: 'sync_end' },
		);
		observed.stillWaitingAfterWrongToken = (await api.executions(created.id))[0]?.status;
		observed.botWhileWaiting = await post(resumeUrl, { event: 'sync_end' }, 'Googlebot/2.1');
		observed.stillWaitingAfterNoWorkflowData = (await api.executions(created.id))[0]?.status;

		// Restart: the waiting execution lives in the database, not in the process.
		await n8n.stop();
		// Same port: the resume URL names the first start's WEBHOOK_URL.
		n8n = await startN8n({ userFolder, port: n8n.port });
		api = await n8n.api();
		observed.statusAfterRestart = (await api.executions(created.id))[0]?.status;

		observed.resumeWhileWaiting = await post(resumeUrl, { event: 'sync_end', probe: 1 });
		const done = await only(api, created.id, 'success');
		observed.finalStatus = done.status;
		observed.waitNodeOutput = output(done, 'Wait');
		observed.resumeAfterFinished = await post(resumeUrl, { event: 'sync_end', probe: 2 });
	} finally {
		await n8n.stop();
		console.log(JSON.stringify(observed, null, 2));
	}
}

void main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
