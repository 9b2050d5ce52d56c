import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { beginDelivery, dedupeKey, deliveryState, settleDelivery, triggerScope } from './dedupe';
import { CREATION_PING_EVENT } from '../shared/events';
import { CONNECTION_IDS_HINT, applyOptions } from '../shared/eventFilters';
import { flattenEvent, isObject, type FivetranEventItem } from '../shared/eventPayload';
import { SIGNATURE_HEADER, isValidSignature } from './signature';
import { readStoredWebhook } from './staticData';

type AnswerStatus = 200 | 400 | 401 | 409 | 500 | 503;

/** Writes the answer ourselves so the status is explicit, and starts no execution. */
function answerWithoutRunning(
	ctx: IWebhookFunctions,
	status: AnswerStatus,
	message: string,
): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/** A parameter's value, or why it could not be read (an expression that throws, say). */
function readParameter(
	ctx: IWebhookFunctions,
	name: string,
	fallback: unknown,
): { value: unknown } | { problem: string } {
	try {
		return { value: ctx.getNodeParameter(name, fallback) };
	} catch {
		return { problem: `the ${name} parameter could not be evaluated` };
	}
}

/**
 * The trigger's own configuration cannot be applied: refuse (Fivetran retries, so nothing is
 * lost once it is fixed) and say in n8n's log what is wrong. Never 200, which would drop it.
 */
function refuseMisconfigured(
	ctx: IWebhookFunctions,
	problem: string,
	hint = "Fix the trigger's parameters, then publish the workflow again",
): IWebhookResponseData {
	ctx.logger.warn(
		`Fivetran Trigger: refused a delivery because ${problem}; Fivetran will retry it. ${hint}.`,
	);
	return answerWithoutRunning(
		ctx,
		500,
		'The trigger cannot apply its configuration: the delivery was not processed',
	);
}

const REPAIR_HINT = 'deactivate the workflow and activate it again';

/**
 * The part of n8n's (Express) response the trigger listens to. Typed loosely on purpose: when a
 * runtime hands over something without `once`, the delivery is recorded at once (see below).
 */
interface ObservableResponse {
	statusCode?: unknown;
	once?: unknown;
}

/**
 * Records the event as delivered once n8n has accepted its execution.
 *
 * In n8n 2.41 (webhook-helpers `executeWebhook`, responseMode "onReceived"), after webhook()
 * returns workflowData n8n hands the execution to its WorkflowRunner and only then answers the
 * request: 200 when the runner took it (saved, or queued in queue mode), an error status when
 * starting it failed. webhook() itself cannot see that outcome, but the response can: when it
 * finishes with a 2xx, the execution was accepted and the event is recorded; any other status,
 * or a connection closed before an answer, leaves it unrecorded, so Fivetran's retry runs it.
 * While that is pending the event is "in flight" and a parallel re-delivery is answered 409
 * (Fivetran retries it later, when the outcome is known). A response that cannot be observed
 * records the event at once: returning workflowData is then the best "accepted" we know.
 */
function recordWhenAccepted(ctx: IWebhookFunctions, scope: string, key: string): void {
	beginDelivery(scope, key);
	let settled = false;
	const settle = (accepted: boolean) => {
		if (settled) return;
		settled = true;
		settleDelivery(scope, key, accepted);
	};
	try {
		const response = ctx.getResponseObject() as unknown as ObservableResponse;
		if (typeof response.once !== 'function') {
			settle(true);
			return;
		}
		const once = response.once.bind(response) as (event: string, listener: () => void) => void;
		once('finish', () => {
			const status = Number(response.statusCode);
			settle(status >= 200 && status < 300);
		});
		once('close', () => settle(false));
	} catch {
		settle(true);
	}
}

/** Options, filters and dedupe for a verified, subscribed event: run it, or say why not. */
function runOrIgnore(ctx: IWebhookFunctions, item: FivetranEventItem): IWebhookResponseData {
	const options = readParameter(ctx, 'options', {});
	if ('problem' in options) return refuseMisconfigured(ctx, options.problem);
	if (!isObject(options.value)) return refuseMisconfigured(ctx, 'the Options are not an object');
	const verdict = applyOptions(options.value, item);
	if ('problem' in verdict) return refuseMisconfigured(ctx, verdict.problem, CONNECTION_IDS_HINT);
	if (!verdict.run) return answerWithoutRunning(ctx, 200, verdict.reason);

	const key = dedupeKey(item);
	if (key !== undefined) {
		const scope = triggerScope(ctx.getWorkflow().id, ctx.getNode().id);
		const state = deliveryState(scope, key);
		if (state === 'delivered') {
			return answerWithoutRunning(ctx, 200, 'Acknowledged: already delivered');
		}
		if (state === 'inFlight') {
			return answerWithoutRunning(ctx, 409, 'This event is being started: retry later');
		}
		recordWhenAccepted(ctx, scope, key);
	}
	return { workflowData: [[{ json: item }]] };
}

/**
 * Handles one delivery. In order:
 * 1. A body that is not a JSON object (none, `null`, a list, a string, a content type n8n does
 *    not parse) is answered 400 and runs nothing. Throwing instead would make n8n store a failed
 *    execution (and run the error workflow) for every such request.
 * 2. Fivetran's creation ping (event `test_event`) is answered 200 and runs nothing, before any
 *    signature check: it arrives while create() is still waiting for Fivetran's answer, when
 *    n8n has not saved the new secret yet (decisions.md, "Trigger").
 * 3. No stored secret (static data lost): 503 and a warning in n8n's log saying how to repair.
 *    Never 200: Fivetran would consider the event delivered and never send it again.
 * 4. The signature over the exact received bytes (`req.rawBody`) must match: else 401.
 * 5. An event this trigger did not subscribe to: 200, no execution.
 * 6. The Options filters, then the re-delivery check (runOrIgnore).
 * Everything else starts one execution with one item. webhook() never throws.
 */
export function receiveWebhook(this: IWebhookFunctions): IWebhookResponseData {
	const body: unknown = this.getBodyData();
	if (!isObject(body)) {
		return answerWithoutRunning(this, 400, 'Bad request: the body must be a JSON object');
	}
	const item = flattenEvent(body);
	if (item.event === CREATION_PING_EVENT) {
		return answerWithoutRunning(this, 200, 'Acknowledged: webhook creation ping');
	}

	const stored = readStoredWebhook(this.getWorkflowStaticData('node') as IDataObject);
	if (stored === undefined) {
		this.logger.warn(
			`Fivetran Trigger: a delivery arrived but this trigger has no signing secret stored (its static data was lost). It was refused, so Fivetran will retry it for up to 24 hours. To repair, ${REPAIR_HINT}: that creates a new webhook with a new secret.`,
		);
		return answerWithoutRunning(
			this,
			503,
			`The trigger has no signing secret: ${REPAIR_HINT} in n8n`,
		);
	}
	const signature = this.getHeaderData()[SIGNATURE_HEADER];
	if (!isValidSignature(this.getRequestObject().rawBody, stored.secret, signature)) {
		this.logger.debug('Fivetran Trigger: rejected a delivery with a missing or wrong signature');
		return answerWithoutRunning(
			this,
			401,
			'Unauthorized: missing or invalid X-Fivetran-Signature-256',
		);
	}

	const events = readParameter(this, 'events', []);
	if ('problem' in events) return refuseMisconfigured(this, events.problem);
	const subscribed = Array.isArray(events.value) ? (events.value as unknown[]) : [];
	if (item.event === null || !subscribed.includes(item.event)) {
		return answerWithoutRunning(this, 200, 'Acknowledged: not a subscribed event');
	}
	return runOrIgnore(this, item);
}
