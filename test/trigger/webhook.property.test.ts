/**
 * Property-based tests of FivetranTrigger.webhook() (issue 16, item 12) with fast-check: random
 * bodies (any JSON, objects shaped like Fivetran's, raw bytes), content types, headers and
 * signatures, stored static data and options. Whatever arrives:
 * - webhook() never throws (a throw becomes a failed execution in n8n);
 * - an execution starts only for a JSON object carrying a valid signature of its exact bytes
 *   under the stored secret;
 * - the answer is one of the trigger's own statuses, and neither it nor the log holds a secret.
 * Fixed seed and run count: the same cases every run, in about a second.
 */
import fc from 'fast-check';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetDeliveries, triggerScope } from '../../nodes/FivetranTrigger/dedupe';
import { signBody } from '../../nodes/FivetranTrigger/signature';
import { TRIGGER_NODE, n8nParsedBody, webhookContext, type Delivery, type LogLine } from './fakes';

const SEED = 20261204;
const RUNS = 500;
const WORKFLOW_ID = 'wf-property';
/** The signing key the trigger has stored: it must never appear in an answer or a log line. */
const STORED_KEY = 'b5f0c1d2e3f4a5b6'.repeat(4);
const EVENTS = [
	'sync_start',
	'sync_end',
	'sync_end',
	'sync_end',
	'dbt_run_failed',
	'test_event',
	'test',
	'status',
];
const ANSWER_STATUSES = [200, 400, 401, 409, 500, 503];

/** A payload shaped like Fivetran's, with every field free to be odd. */
const fivetranLike = fc.record(
	{
		event: fc.oneof(
			{ arbitrary: fc.constantFrom(...EVENTS), weight: 6 },
			fc.string(),
			fc.integer(),
			fc.constant(null),
		),
		connector_id: fc.oneof(fc.constantFrom('conn_a', 'conn_b', '42'), fc.jsonValue()),
		sync_id: fc.oneof(fc.uuid(), fc.jsonValue()),
		data: fc.oneof(
			fc.record(
				{
					status: fc.constantFrom('SUCCESSFUL', 'FAILURE', 'FAILURE_WITH_TASK', 'RESCHEDULED'),
					reason: fc.string(),
				},
				{ requiredKeys: [] },
			),
			fc.jsonValue(),
		),
	},
	{ requiredKeys: [] },
);

/** The bytes of a delivery: JSON of a payload or of any value, or arbitrary bytes. */
const rawBodies = fc.oneof(
	{ arbitrary: fivetranLike.map((payload) => JSON.stringify(payload)), weight: 5 },
	fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
	fc.string(),
	fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const contentTypes = fc.oneof(
	{ arbitrary: fc.constant('application/json'), weight: 8 },
	fc.constantFrom(
		'application/json; charset=utf-8',
		'text/plain',
		'application/x-www-form-urlencoded',
		'application/octet-stream',
		undefined,
	),
);

type SignatureKind = 'valid' | 'validUpper' | 'otherSecret' | 'random' | 'list' | 'absent';

const signatureKinds = fc.constantFrom<SignatureKind>(
	'valid',
	'valid',
	'validUpper',
	'otherSecret',
	'random',
	'list',
	'absent',
);

function signatureHeader(kind: SignatureKind, rawBody: Buffer, noise: string): unknown {
	switch (kind) {
		case 'valid':
			return signBody(rawBody, STORED_KEY);
		case 'validUpper':
			return signBody(rawBody, STORED_KEY).toUpperCase();
		case 'otherSecret':
			return signBody(rawBody, 'not-the-stored-secret');
		case 'random':
			return noise;
		case 'list':
			return [signBody(rawBody, STORED_KEY), noise];
		case 'absent':
			return undefined;
	}
}

const staticDatas = fc.oneof(
	{ arbitrary: fc.constant<IDataObject>({ webhookId: 'wh_1', secret: STORED_KEY }), weight: 4 },
	fc.constant<IDataObject>({}),
	fc.record({ webhookId: fc.jsonValue(), secret: fc.jsonValue() }) as fc.Arbitrary<IDataObject>,
);

const optionValues = fc.record(
	{
		connectionIds: fc.oneof(
			{ arbitrary: fc.constantFrom('', 'conn_a, conn_b', ['conn_a'], [42]), weight: 4 },
			fc.jsonValue(),
			fc.object(),
		),
		onlyFailedSyncs: fc.oneof(fc.boolean(), fc.jsonValue()),
	},
	{ requiredKeys: [] },
);

interface Outcome {
	result: IWebhookResponseData;
	status: number | undefined;
	answer: unknown;
	logs: LogLine[];
}

async function receive(
	delivery: Delivery,
	staticData: IDataObject,
	options: IDataObject,
): Promise<Outcome> {
	const logs: LogLine[] = [];
	const setup = {
		parameters: { scope: 'account', events: ['sync_start', 'sync_end'], options },
		staticData,
		workflowId: WORKFLOW_ID,
		logs,
	};
	const { context, response, finish } = webhookContext(setup, delivery);
	const result = await new FivetranTrigger().webhook.call(context);
	if (result.workflowData !== undefined) finish(200);
	return { result, status: response.statusCode, answer: response.body, logs };
}

function isJsonObject(value: unknown): boolean {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

afterEach(() => forgetDeliveries(triggerScope(WORKFLOW_ID, TRIGGER_NODE.id)));

describe('FivetranTrigger.webhook: properties', () => {
	it('never throws, runs only signed JSON objects, answers only its own statuses, leaks no secret', async () => {
		const seen = new Map<string, number>();
		await fc.assert(
			fc.asyncProperty(
				rawBodies,
				contentTypes,
				signatureKinds,
				fc.string(),
				staticDatas,
				optionValues,
				async (text, contentType, kind, noise, staticData, options) => {
					const rawBody = Buffer.from(text, 'utf8');
					const headers: Delivery['headers'] = {};
					if (contentType !== undefined) headers['content-type'] = contentType;
					const signature = signatureHeader(kind, rawBody, noise);
					if (signature !== undefined)
						headers['x-fivetran-signature-256'] = signature as string | string[];
					const delivery: Delivery = { rawBody, headers };
					const parsed = n8nParsedBody(delivery);
					// n8n itself answers 422 to JSON it cannot parse; webhook() never sees it.
					fc.pre(!('unparsable' in parsed));

					const outcome = await receive(delivery, staticData, options);
					const label = outcome.result.workflowData ? 'run' : String(outcome.status);
					seen.set(label, (seen.get(label) ?? 0) + 1);

					if (outcome.result.workflowData !== undefined) {
						expect(isJsonObject('body' in parsed ? parsed.body : undefined)).toBe(true);
						expect(staticData.secret).toBe(STORED_KEY);
						expect(['valid', 'validUpper']).toContain(kind);
						expect(outcome.status).toBeUndefined();
					} else {
						expect(outcome.result.noWebhookResponse).toBe(true);
						expect(ANSWER_STATUSES).toContain(outcome.status);
					}
					const said = JSON.stringify([outcome.answer, outcome.logs]);
					expect(said).not.toContain(STORED_KEY);
					expect(said).not.toContain('not-the-stored-secret');
				},
			),
			{ seed: SEED, numRuns: RUNS },
		);
		// Not vacuous: the cases reach every kind of answer, runs included.
		for (const label of ['run', '200', '400', '401', '500', '503']) {
			expect(seen.get(label) ?? 0).toBeGreaterThan(0);
		}
	});

	it('runs every correctly signed, subscribed event object exactly once (no options)', async () => {
		let syncNumber = 0;
		await fc.assert(
			fc.asyncProperty(
				fivetranLike,
				fc.constantFrom('sync_start', 'sync_end'),
				fc.boolean(),
				async (payload, event, upper) => {
					syncNumber += 1;
					const body = { ...payload, event, sync_id: `sync-${syncNumber}` };
					const rawBody = Buffer.from(JSON.stringify(body));
					const signature = signBody(rawBody, STORED_KEY);
					const delivery: Delivery = {
						rawBody,
						headers: {
							'content-type': 'application/json',
							'x-fivetran-signature-256': upper ? signature.toUpperCase() : signature,
						},
					};
					const stored = { webhookId: 'wh_1', secret: STORED_KEY };
					const first = await receive(delivery, stored, {});
					expect(first.result.workflowData?.[0]).toHaveLength(1);
					const again = await receive(delivery, stored, {});
					expect(again.result.workflowData).toBeUndefined();
					expect(again.status).toBe(200);
				},
			),
			{ seed: SEED, numRuns: 200 },
		);
	});
});
