/**
 * Failures of Webhook operations with Continue On Fail off and on: Fivetran's 401, 403 (a
 * system key without the WEBHOOK permission), 404 and 400 (a URL that refuses the creation
 * ping, an event Fivetran does not know), and the node's own validation, which must refuse
 * before anything is sent.
 */
import type { Emulator } from '../../emulator';
import { addWebhook, byId, useEmulator } from '../group/kit';
import { startReceiver, type Receiver } from './receiver';
import {
	accessCases,
	describeApiErrors,
	describeValidation,
	emptyIdRule,
	returnAll,
	runnerFor,
} from '../kit';

const runWebhook = runnerFor('webhook');
let emu: Emulator;
let webhook: ReturnType<typeof addWebhook>;
let refusingReceiver: Receiver;

useEmulator({}, (started) => {
	emu = started;
	webhook = addWebhook(emu);
});

beforeAll(async () => {
	refusingReceiver = await startReceiver(410);
});

afterAll(async () => {
	await refusingReceiver.close();
});

/** Valid Create parameters, overridden per case. */
function createParameters(overrides: Record<string, unknown> = {}) {
	return {
		scope: 'account',
		url: 'https://hooks.example.com/fivetran',
		events: ['sync_end'],
		active: false,
		...overrides,
	};
}

describeApiErrors(() => emu, runWebhook, [
	...accessCases(() => emu, 'getMany', returnAll, 'WEBHOOK_READ'),
	{
		name: '404 for a webhook that does not exist',
		operation: 'get',
		parameters: () => ({ webhookId: byId('no_such_webhook') }),
		status: 404,
		code: 'NotFound',
		message: () => "Fivetran: Webhook with id 'no_such_webhook' does not exist. [NotFound]",
	},
	{
		name: '404 creating a group webhook for a group that does not exist',
		operation: 'create',
		parameters: () => createParameters({ scope: 'group', groupId: byId('no_such_group') }),
		status: 404,
		code: 'NotFound_Group',
		message: () => "Fivetran: Group with id 'no_such_group' does not exist. [NotFound_Group]",
	},
	{
		name: '400 when the URL refuses the creation ping',
		operation: 'create',
		parameters: () => createParameters({ url: refusingReceiver.url, active: true }),
		status: 400,
		code: 'InvalidInput',
		message: () =>
			'Fivetran: Test event could not be delivered to the webhook URL: the endpoint answered HTTP 410 [InvalidInput]',
	},
	{
		name: '400 for a test event Fivetran does not know',
		operation: 'sendTestEvent',
		parameters: () => ({ webhookId: byId(webhook.id), event: '={{ "sync_ended" }}' }),
		status: 400,
		code: 'InvalidInput',
		message: () => "Fivetran: Invalid value for 'event': unknown event 'sync_ended' [InvalidInput]",
	},
]);

const HTTPS_ONLY =
	"'URL' must start with https://: Fivetran delivers webhooks only to HTTPS URLs (http:// is accepted only for localhost)";

describeValidation(() => emu, runWebhook, [
	{
		rule: 'the URL must be https unless it is a loopback host',
		operation: 'create',
		parameters: () => createParameters({ url: 'http://hooks.example.com/fivetran' }),
		message: HTTPS_ONLY,
	},
	{
		rule: 'Update checks a new URL the same way',
		operation: 'update',
		parameters: () => ({
			webhookId: byId(webhook.id),
			updateFields: { url: 'http://10.0.0.8/fivetran' },
		}),
		message: HTTPS_ONLY,
	},
	{
		rule: 'the URL must be a URL',
		operation: 'create',
		parameters: () => createParameters({ url: 'hooks.example.com/fivetran' }),
		message: "'URL' must be an http(s) URL, e.g. https://example.com/a.png",
	},
	{
		rule: 'Create needs at least one event',
		operation: 'create',
		parameters: () => createParameters({ events: '={{ [] }}' }),
		message: "'Events' is empty: choose at least one event",
	},
	{
		rule: 'Update refuses an empty event list',
		operation: 'update',
		parameters: () => ({ webhookId: byId(webhook.id), updateFields: { events: [] } }),
		message: "'Events' is empty: choose at least one event",
	},
	{
		rule: 'Update needs at least one field',
		operation: 'update',
		parameters: () => ({ webhookId: byId(webhook.id), updateFields: {} }),
		message: 'Nothing to update: add at least one field under Update Fields',
	},
	{
		rule: 'a group webhook needs its group',
		operation: 'create',
		parameters: () => createParameters({ scope: 'group', groupId: byId('={{ "" }}') }),
		message: "'Group' is empty: pick one from the list or enter its ID",
	},
	emptyIdRule('delete', 'webhookId', 'Webhook', '={{ " " }}'),
	{
		rule: 'Send Test Event needs an event',
		operation: 'sendTestEvent',
		parameters: () => ({ webhookId: byId(webhook.id), event: '={{ "" }}' }),
		message: "'Event' is empty: enter a value",
	},
]);

describe('what validation lets through', () => {
	it('accepts events given as comma-separated text by an expression, and http to localhost', async () => {
		const { error } = await runWebhook(
			emu,
			'create',
			createParameters({
				url: 'http://localhost:5678/webhook/x',
				events: '={{ "sync_start, sync_end" }}',
			}),
		);

		expect(error).toBeUndefined();
		expect(emu.requestLog.entries.map((entry) => entry.body)).toEqual([
			{ url: 'http://localhost:5678/webhook/x', events: ['sync_start', 'sync_end'], active: false },
		]);
	});
});
