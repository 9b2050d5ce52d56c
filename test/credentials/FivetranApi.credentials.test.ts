/**
 * The "Fivetran API" credential and its test. The test lives on the nodes (`testedBy`), found
 * the way n8n 2.41's CredentialsTester finds it (the credential has no declarative `test`;
 * a versioned node's versions are searched for `methods.credentialTest[testedBy]`), and runs in
 * n8n-core's own CredentialTestContext, whose `helpers.request` sends the request for real.
 */
import { CredentialTestContext } from 'n8n-core';
import {
	VersionedNodeType,
	type ICredentialDataDecryptedObject,
	type ICredentialTestFunction,
	type INodeCredentialTestResult,
	type INodeType,
} from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { FivetranPollingTrigger } from '../../nodes/FivetranPollingTrigger/FivetranPollingTrigger.node';
import { credentialTestResult } from '../../nodes/shared/credentialTest';
import { startEmulator, type Emulator } from '../emulator';
import { useEmulator } from '../harness';
import { addScopedKey } from '../nodes/kit';

const credential = new FivetranApi();

/** CredentialsTester.getCredentialTestFunction, for one node of this package. */
function testFunctionOf(node: INodeType | VersionedNodeType): ICredentialTestFunction {
	const versions =
		node instanceof VersionedNodeType ? Object.values(node.nodeVersions) : [node as INodeType];
	for (const version of versions) {
		const usage = version.description.credentials?.find((c) => c.name === credential.name);
		const testedBy = usage?.testedBy;
		if (typeof testedBy === 'string') {
			const test = version.methods?.credentialTest?.[testedBy];
			if (test) return test;
		}
	}
	throw new Error(`${node.description.name}: no credential test found for ${credential.name}`);
}

async function runCredentialTest(
	node: INodeType | VersionedNodeType,
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	const test = testFunctionOf(node);
	return await test.call(new CredentialTestContext(), {
		id: 'credential-under-test',
		name: 'Fivetran',
		type: credential.name,
		data,
	});
}

describe('Fivetran API credential', () => {
	it('declares key and secret as password fields and a base URL defaulting to Fivetran', () => {
		const byName = Object.fromEntries(
			credential.properties.map((property) => [property.name, property]),
		);
		expect(credential.name).toBe('fivetranApi');
		expect(credential.displayName).toBe('Fivetran API');
		expect(byName.apiKey.typeOptions?.password).toBe(true);
		expect(byName.apiSecret.typeOptions?.password).toBe(true);
		expect(byName.baseUrl.default).toBe('https://api.fivetran.com');
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: {
				auth: { username: '={{$credentials.apiKey}}', password: '={{$credentials.apiSecret}}' },
			},
		});
	});

	it('has no declarative test (n8n would prefer it and fail every 403): every node tests it', () => {
		expect(credential).not.toHaveProperty('test');
		expect(testFunctionOf(new Fivetran())).toBe(testFunctionOf(new FivetranTrigger()));
		expect(testFunctionOf(new FivetranPollingTrigger())).toBe(testFunctionOf(new Fivetran()));
	});
});

describe('credentialTestResult', () => {
	it.each([
		[200, 'OK'],
		[403, 'OK'],
		[401, 'Error'],
		[404, 'Error'],
		[500, 'Error'],
	])('HTTP %p -> %s', (status, outcome) => {
		expect(credentialTestResult(status).status).toBe(outcome);
	});
});

describe('credential test against the emulator (n8n-core CredentialTestContext)', () => {
	let emu: Emulator;
	useEmulator({}, (started) => {
		emu = started;
	});

	const admin = () => ({ apiKey: emu.apiKey, apiSecret: emu.apiSecret, baseUrl: emu.baseUrl });

	it.each(['', '/', '/v1', '/v1/', '/V1//'])(
		'passes with the right key and secret, base URL suffix %p (never /v1/v1)',
		async (suffix) => {
			const result = await runCredentialTest(new Fivetran(), {
				...admin(),
				baseUrl: `${emu.baseUrl}${suffix}`,
			});

			expect(result).toEqual({
				status: 'OK',
				message: 'Connection successful: Fivetran accepted the API key',
			});
			expect(emu.requestLog.entries).toHaveLength(1);
			expect(emu.requestLog.last()).toMatchObject({
				method: 'GET',
				path: '/v1/account/info',
				headers: { authorization: `Basic ${emu.apiKey}`, accept: 'application/json' },
			});
		},
	);

	it('fails with a wrong secret (401), without quoting it', async () => {
		const result = await runCredentialTest(new Fivetran(), {
			...admin(),
			apiSecret: 'not-the-secret',
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Fivetran refused the API key and secret \(401\)/);
		expect(result.message).not.toContain('not-the-secret');
	});

	it('passes a working system key without ACCOUNT read (403), naming the missing permission', async () => {
		const connectionsOnly = addScopedKey(emu, [
			{ resource_type: 'CONNECTOR', access_level: 'MANAGE' },
		]);

		const result = await runCredentialTest(new FivetranTrigger(), {
			...connectionsOnly,
			baseUrl: emu.baseUrl,
		});

		expect(emu.requestLog.last()).toMatchObject({ path: '/v1/account/info', status: 403 });
		expect(result.status).toBe('OK');
		expect(result.message).toContain('the ACCOUNT permission with READ access');
		expect(result.message).not.toContain(connectionsOnly.apiSecret);
	});

	it('passes a system key with ACCOUNT read, saying it is a system key', async () => {
		const accountReader = addScopedKey(emu, [{ resource_type: 'ACCOUNT', access_level: 'READ' }]);

		const result = await runCredentialTest(new Fivetran(), {
			...accountReader,
			baseUrl: emu.baseUrl,
		});

		expect(result).toEqual({
			status: 'OK',
			message: 'Connection successful: Fivetran accepted the system key',
		});
	});

	it('fails when the base URL answers something else than Fivetran (404)', async () => {
		const result = await runCredentialTest(new Fivetran(), {
			...admin(),
			baseUrl: `${emu.baseUrl}/not-fivetran`,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/answered HTTP 404\. Check the Base URL/);
	});

	it('fails a base URL without a scheme before sending anything, naming the fix', async () => {
		const result = await runCredentialTest(new Fivetran(), {
			...admin(),
			baseUrl: 'api.fivetran.com',
		});

		expect(result).toEqual({
			status: 'Error',
			message:
				"The Base URL in the Fivetran API credential is not a usable URL ('api.fivetran.com'): add the scheme, e.g. https://api.fivetran.com",
		});
		expect(emu.requestLog.entries).toHaveLength(0);
	});

	it('fails when the host cannot be reached', async () => {
		const closed = await startEmulator();
		const baseUrl = closed.baseUrl;
		await closed.close();

		const result = await runCredentialTest(new Fivetran(), { ...admin(), baseUrl });

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/^Could not reach Fivetran at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
		);
	});
});
