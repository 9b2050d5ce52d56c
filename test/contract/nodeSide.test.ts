/**
 * The node-side hook itself: a run whose node sends a request the definition does not allow
 * fails with ContractViolationError; the probe node of the router/transport tests is exempt;
 * listSearch / loadOptions requests are checked before they are sent.
 */
import type { INodeType } from 'n8n-workflow';

import {
	ContractViolationError,
	emulatorCredentials,
	methodContext,
	probeNodeType,
	runFivetranNode,
	useEmulator,
	watchNodeRequests,
} from '../harness';
import { call } from '../emulator/testUtils';
import type { Emulator } from '../emulator';

let emu: Emulator;
useEmulator({ users: 1 }, (started) => {
	emu = started;
});

const madeUp = { method: 'GET', path: '/v1/users', qs: { page: 2 } };

describe('node requests', () => {
	it('a request logged while the node ran is checked, naming the operation and the field', async () => {
		const watch = watchNodeRequests();
		await call(emu, 'PATCH', `/v1/users/${emu.adminUserId}`, { body: { nickname: 'x' } });
		expect(() => watch.check()).toThrow(ContractViolationError);
		expect(() => watch.check()).toThrow(
			/modify_user \(PATCH \/v1\/users\/[^)]+\): body has field 'nickname' the definition does not have/,
		);
	});

	it('fails a run of a node type that sends a non-conforming request', async () => {
		const probe = probeNodeType();
		// The same node, but not registered as a probe: its requests count as the node's.
		const node = {
			description: probe.description,
			execute: probe.execute,
			methods: probe.methods,
		} as INodeType;
		await expect(
			runFivetranNode({
				parameters: { resource: 'probe', operation: 'request' },
				credentials: emulatorCredentials(emu),
				inputItems: [madeUp],
				nodeType: node,
			}),
		).rejects.toThrow(/query parameter 'page' is not in the definition/);
	});

	it('leaves the probe node of the router and transport tests alone', async () => {
		const { items } = await runFivetranNode({
			parameters: { resource: 'probe', operation: 'request' },
			credentials: emulatorCredentials(emu),
			inputItems: [madeUp],
			nodeType: probeNodeType(),
		});
		expect(items).toHaveLength(1);
	});

	it('passes a conforming run of the Fivetran node', async () => {
		const { items } = await runFivetranNode({
			parameters: { resource: 'user', operation: 'getMany', returnAll: true },
			credentials: emulatorCredentials(emu),
		});
		expect(items.length).toBeGreaterThan(0);
	});

	it('checks the requests of listSearch / loadOptions before sending them', async () => {
		const context = methodContext(emulatorCredentials(emu));
		await expect(
			context.helpers.httpRequestWithAuthentication.call(context, 'fivetranApi', {
				method: 'GET',
				url: `${emu.baseUrl}/v1/users`,
				qs: { page: 2 },
			}),
		).rejects.toThrow(ContractViolationError);
		expect(emu.requestLog.entries).toHaveLength(0);
	});
});
