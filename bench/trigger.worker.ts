/**
 * Benchmark 4: the trigger's webhook method (signature check, flattening, filters, re-delivery
 * check, item) on signed deliveries, against a bare loop of HMAC-SHA256 + constant-time compare
 * over the same bytes. No HTTP: n8n parses the request before webhook() runs, so bodies are
 * handed over parsed, as n8n does.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { FivetranTrigger } from '../nodes/FivetranTrigger/FivetranTrigger.node';
import { SIGNATURE_HEADER, signBody } from '../nodes/FivetranTrigger/signature';
import { serveWorker } from './lib/child';
import { sideBySide } from './lib/measure';

export interface TriggerInput {
	events: number;
	rounds: number;
}

export interface TriggerOutput {
	events: number;
	nodeMs: number;
	baselineMs: number;
}

/** The webhook's signing key in this benchmark (not a credential). */
const signingKey = ['bench', 'webhook', 'signing'].join('-');

interface Delivery {
	rawBody: Buffer;
	body: IDataObject;
	headers: Record<string, string>;
}

/** sync_end events with distinct sync ids, so that none is taken for a re-delivery. */
function deliveries(count: number, runTag: string): Delivery[] {
	return Array.from({ length: count }, (_, index) => {
		const body: IDataObject = {
			event: 'sync_end',
			created: '2026-01-01T00:10:00.000Z',
			connector_type: 'postgres',
			connector_id: `conn_${index % 50}`,
			connector_name: `pg_${index % 50}`,
			sync_id: `${runTag}-${index}`,
			destination_group_id: 'group_a',
			data: { status: 'SUCCESSFUL' },
		};
		const rawBody = Buffer.from(JSON.stringify(body));
		return { rawBody, body, headers: { [SIGNATURE_HEADER]: signBody(rawBody, signingKey) } };
	});
}

/** The slice of IWebhookFunctions that webhook() reads. */
function webhookContext(delivery: Delivery): IWebhookFunctions {
	const parameters: IDataObject = {
		scope: 'account',
		events: ['sync_start', 'sync_end'],
		options: {},
	};
	const staticData = { webhookId: 'wh_bench', secret: signingKey };
	return {
		getBodyData: () => delivery.body,
		getHeaderData: () => delivery.headers,
		getRequestObject: () => ({ rawBody: delivery.rawBody }),
		getNodeParameter: (name: string, fallback?: unknown) => parameters[name] ?? fallback,
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: 'wf_bench', active: true }),
		getNode: () => ({ id: 'trigger_bench', name: 'Fivetran Trigger' }),
		logger: { debug: () => {} },
	} as unknown as IWebhookFunctions;
}

serveWorker<TriggerInput, TriggerOutput>(async ({ events, rounds }) => {
	const trigger = new FivetranTrigger();
	// Built (and signed) before timing; a fresh set per node run, or the re-delivery check would
	// answer every event after the first run.
	const sets = Array.from({ length: rounds + 1 }, (_, run) => deliveries(events, `run${run}`));
	let run = 0;
	const times = await sideBySide(
		rounds,
		async () => {
			for (const delivery of sets[run++]) {
				const result = await trigger.webhook.call(webhookContext(delivery));
				if (result.workflowData?.[0]?.length !== 1)
					throw new Error('A delivery started no execution');
			}
		},
		async () => {
			for (const delivery of sets[0]) {
				const expected = createHmac('sha256', signingKey).update(delivery.rawBody).digest();
				if (!timingSafeEqual(expected, Buffer.from(delivery.headers[SIGNATURE_HEADER], 'hex'))) {
					throw new Error('Bad signature');
				}
			}
		},
	);
	return { events, nodeMs: times.a, baselineMs: times.b };
});
