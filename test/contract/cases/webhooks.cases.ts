/**
 * Webhooks. Created inactive: an active webhook is pinged on creation, and no receiver listens
 * here. `test` delivers to the URL, so it answers with the delivery's outcome (a refused one).
 */
import type { Emulator } from '../../emulator';
import { nth, type ContractCase } from './types';

export const seed = { groups: 1 };

const webhook = (emu: Emulator) => nth(emu.state.webhooks);
/** Loopback, nothing listens: test deliveries fail fast and never leave the machine. */
const URL = 'http://127.0.0.1:9/fivetran';

export const cases: ContractCase[] = [
	{
		name: 'create for the account',
		method: 'POST',
		path: '/v1/webhooks/account',
		body: { url: URL, events: ['sync_end'], active: false, secret: 'my_secret' },
		status: 200,
	},
	{
		name: 'create for a group',
		method: 'POST',
		path: (emu) => `/v1/webhooks/group/${nth(emu.state.groups)}`,
		body: { url: URL, events: ['sync_start', 'sync_end'], active: false },
		status: 200,
	},
	{
		name: 'create for an unknown group: 404',
		method: 'POST',
		path: '/v1/webhooks/group/nope',
		body: { url: URL, events: ['sync_end'], active: false },
		status: 404,
	},
	{
		name: 'create with an unknown event: 400',
		method: 'POST',
		path: '/v1/webhooks/account',
		body: { url: URL, events: ['nothing'], active: false },
		status: 400,
	},
	{
		name: 'create with a plain http URL: 400',
		method: 'POST',
		path: '/v1/webhooks/account',
		body: { url: 'http://example.com/x', events: ['sync_end'], active: false },
		status: 400,
	},
	{ name: 'list', method: 'GET', path: '/v1/webhooks', status: 200 },
	{ name: 'get', method: 'GET', path: (emu) => `/v1/webhooks/${webhook(emu)}`, status: 200 },
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/webhooks/nope', status: 404 },
	{
		name: 'update',
		method: 'PATCH',
		path: (emu) => `/v1/webhooks/${webhook(emu)}`,
		body: { events: ['sync_start'] },
		status: 200,
	},
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/webhooks/nope',
		body: { active: false },
		status: 404,
	},
	{
		name: 'send a test event',
		method: 'POST',
		path: (emu) => `/v1/webhooks/${webhook(emu)}/test`,
		body: { event: 'sync_end' },
		status: 200,
	},
	{
		name: 'send a test event without an event: 400',
		method: 'POST',
		path: (emu) => `/v1/webhooks/${webhook(emu)}/test`,
		body: {},
		status: 400,
	},
	{ name: 'delete', method: 'DELETE', path: (emu) => `/v1/webhooks/${webhook(emu)}`, status: 200 },
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/webhooks/nope', status: 404 },
	{
		name: 'send a test event to unknown: 404',
		method: 'POST',
		path: '/v1/webhooks/nope/test',
		body: { event: 'sync_end' },
		status: 404,
	},
];
