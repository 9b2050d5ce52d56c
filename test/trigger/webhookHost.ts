/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * A stand-in for n8n's webhook side, with the two behaviours the trigger must cope with
 * (decisions.md, "Trigger", checked in n8n 2.41):
 * - the webhook route is live before create() runs, so Fivetran's creation ping arrives
 *   while create() is still waiting for Fivetran's answer;
 * - static data written by a lifecycle method is saved only after it returns, and every
 *   delivery reads the saved copy (writes made by webhook() are not kept).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, IHookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { isObject } from '../../nodes/shared/eventPayload';
import {
	hookContext,
	n8nParsedBody,
	webhookContext,
	type FakeCredentials,
	type LogLine,
	type TriggerSetup,
} from './fakes';

export interface HostDelivery {
	event: unknown;
	status: number;
	/** The delivery arrived while a lifecycle method (create) was running. */
	duringActivation: boolean;
	ran: boolean;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

export class WebhookHost {
	/** What n8n has saved for the node; lifecycle methods work on a copy of it. */
	persistedStaticData: IDataObject = {};
	readonly deliveries: HostDelivery[] = [];
	/** The items of every execution the trigger started, one array per execution. */
	readonly executions: IDataObject[][] = [];
	/** What the trigger logged through this.logger, in lifecycle methods and deliveries. */
	readonly logs: LogLine[] = [];
	private activating = false;
	private readonly trigger = new FivetranTrigger();

	private constructor(
		private readonly server: Server,
		readonly url: string,
		readonly parameters: IDataObject,
		readonly credentials: FakeCredentials,
		readonly workflowId: string,
	) {}

	static async start(
		parameters: IDataObject,
		credentials: FakeCredentials,
		workflowId = 'wf-1',
	): Promise<WebhookHost> {
		const server = createServer();
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const host = new WebhookHost(
			server,
			`http://127.0.0.1:${port}/webhook/${workflowId}/webhook`,
			parameters,
			credentials,
			workflowId,
		);
		server.on('request', (request, response) => {
			void host.handle(request).then(({ status, body }) => {
				response
					.writeHead(status, { 'Content-Type': 'application/json' })
					.end(JSON.stringify(body));
			});
		});
		return host;
	}

	private setup(staticData: IDataObject): TriggerSetup {
		return {
			parameters: this.parameters,
			staticData,
			workflowId: this.workflowId,
			logs: this.logs,
		};
	}

	/** Runs a lifecycle method like n8n: on a copy of the saved static data, saved after it returns. */
	async runLifecycle<T>(method: (this: IHookFunctions) => Promise<T>): Promise<T> {
		const working = structuredClone(this.persistedStaticData);
		this.activating = true;
		try {
			const result = await method.call(
				hookContext(this.setup(working), this.url, this.credentials),
			);
			this.persistedStaticData = working;
			return result;
		} finally {
			this.activating = false;
		}
	}

	/** n8n's activation: create() unless checkExists() finds the webhook. */
	async activate(): Promise<void> {
		const { checkExists, create } = this.trigger.webhookMethods.default;
		if (!(await this.runLifecycle(checkExists))) await this.runLifecycle(create);
	}

	async deactivate(): Promise<void> {
		await this.runLifecycle(this.trigger.webhookMethods.default.delete);
	}

	private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
		const rawBody = await readBody(request);
		const delivery = { rawBody, headers: request.headers };
		const parsed = n8nParsedBody(delivery);
		if ('unparsable' in parsed)
			return { status: 422, body: { message: 'Failed to parse request body' } };
		const staticData = structuredClone(this.persistedStaticData);
		const { context, response, finish } = webhookContext(this.setup(staticData), delivery);
		const result: IWebhookResponseData = await this.trigger.webhook.call(context);
		const ran = result.workflowData !== undefined;
		if (ran) this.executions.push(result.workflowData?.[0].map((item) => item.json) ?? []);
		const status = result.noWebhookResponse ? (response.statusCode ?? 500) : 200;
		// n8n answers a run only once its runner accepted the execution: the trigger listens for that.
		if (ran) finish(status);
		const event = isObject(parsed.body) ? parsed.body.event : undefined;
		this.deliveries.push({ event, status, duringActivation: this.activating, ran });
		return { status, body: ran ? { message: 'Workflow was started' } : response.body };
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}
