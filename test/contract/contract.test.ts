/**
 * The validator itself: operation matching (legacy aliases included), the request side, the
 * answer side, closed objects, and the written-down exceptions.
 */
import { ContractValidator, contract } from './contract';
import { exceptions } from './exceptions';
import contractFile from './fivetran-contract.json';
import type { Contract } from '../../scripts/contract/convert';

describe('the contract file', () => {
	it("keeps Fivetran's MIT notice, the source commits and a sha256 per input", () => {
		const { notice } = contractFile as unknown as Contract;
		expect(notice.license).toContain('MIT License, Copyright (c) 2026 Fivetran');
		expect(notice.source).toBe('https://github.com/fivetran/fivetran-mcp');
		expect(Object.values(notice.commits).join(' ')).toMatch(
			/30c9153.*f5decca784bcb052e4c9d82421f8f41770e8ec89/,
		);
		expect(notice.inputs[0].path).toBe('fivetran-openapi.json');
		expect(notice.inputs.every((input) => /^[0-9a-f]{64}$/.test(input.sha256))).toBe(true);
	});

	it('has the 179 operations of the September definition, each once', () => {
		const keys = contract().operations.map((op) => `${op.method} ${op.path}`);
		expect(keys).toHaveLength(179);
		expect(new Set(keys).size).toBe(179);
		expect(
			contract().operations.find((op) => op.operationId === 'connection_sync_history'),
		).toMatchObject({
			method: 'GET',
			path: '/v1/connections/{connectionId}/sync-history',
			source: '2026-09',
		});
	});
});

describe('matching a request to its operation', () => {
	it.each([
		['GET', '/v1/users/abc', 'user_details'],
		['GET', '/v1/connectors/abc', 'connection_details'],
		['POST', '/v1/connections/abc/schemas/reload', 'reload_connection_schema_config'],
		['PATCH', '/v1/connections/abc/schemas/reload', 'modify_connection_database_schema_config'],
		['GET', '/v1/groups/g/connectors', 'list_all_connections_in_group'],
		['GET', '/v1/metadata/connectors/postgres', 'metadata_connector_config'],
		['GET', '/v1/users/a%2Fb', 'user_details'],
	])('%s %s is %s', (method, path, operationId) => {
		expect(contract().match(method, path)?.operation.operationId).toBe(operationId);
	});

	it('finds nothing for a path or method the definition does not have', () => {
		expect(contract().match('GET', '/v1/nothing')).toBeUndefined();
		expect(contract().match('PUT', '/v1/users/abc')).toBeUndefined();
		expect(contract().match('GET', '/v1/users/')).toBeUndefined();
		expect(contract().checkRequest({ method: 'POST', path: '/v1/connections/a/force' })).toEqual([
			'no operation of the definition for POST /v1/connections/a/force',
		]);
	});
});

describe('the request side', () => {
	it('accepts a conforming request', () => {
		expect(
			contract().checkRequest({
				method: 'GET',
				path: '/v1/users',
				query: { limit: '10', cursor: 'abc' },
			}),
		).toEqual([]);
	});

	it('refuses an unknown query parameter and a value of the wrong type', () => {
		expect(
			contract().checkRequest({
				method: 'GET',
				path: '/v1/users',
				query: { page: '1', limit: 'ten' },
			}),
		).toEqual([
			"list_all_users (GET /v1/users): query parameter 'page' is not in the definition (knows: cursor, limit, active, user_type, has_api_key)",
			"list_all_users (GET /v1/users): query 'limit' must be integer",
		]);
	});

	it('refuses an unknown body field, a wrong type, a missing required field and a value outside the enum', () => {
		const problems = contract().checkRequest({
			method: 'POST',
			path: '/v1/webhooks/account',
			body: { url: 7, events: ['sync_end'], colour: 'red' },
		});
		expect(problems).toEqual([
			"create_account_webhook (POST /v1/webhooks/account): body has field 'colour' the definition does not have",
			'create_account_webhook (POST /v1/webhooks/account): body/url must be string',
		]);
		expect(
			contract().checkRequest({
				method: 'PATCH',
				path: '/v1/destinations/d',
				body: { region: 'MOON_1' },
			}),
		).toEqual([
			"modify_destination (PATCH /v1/destinations/d): body must have required property 'time_zone_offset'",
			expect.stringMatching(
				/^modify_destination \(PATCH \/v1\/destinations\/d\): body\/region must be equal to one of the allowed values/,
			),
		]);
	});

	it('refuses a body on an operation that takes none', () => {
		expect(
			contract().checkRequest({ method: 'DELETE', path: '/v1/users/u', body: { force: true } }),
		).toEqual([
			'delete_user (DELETE /v1/users/u): the operation takes no request body, one was sent',
		]);
	});
});

describe('the answer side', () => {
	const user = {
		id: 'u',
		email: 'a@example.com',
		given_name: 'A',
		family_name: 'B',
		verified: true,
		invited: false,
		picture: null,
		phone: null,
		role: 'Account Administrator',
		logged_in_at: null,
		created_at: '2026-01-01T00:00:00.000Z',
		active: true,
	};

	it('accepts a conforming answer (optional fields and timestamps may be null)', () => {
		expect(
			contract().checkResponse({ method: 'GET', path: '/v1/users/u' }, 200, {
				code: 'Success',
				data: user,
			}),
		).toEqual([]);
	});

	it('refuses a field the definition does not have, a missing required one, and an undeclared success status', () => {
		const withoutEmail: Partial<typeof user> = { ...user };
		delete withoutEmail.email;
		expect(
			contract().checkResponse({ method: 'GET', path: '/v1/users/u' }, 200, {
				code: 'Success',
				data: { ...withoutEmail, nickname: 'x' },
			}),
		).toEqual([
			"user_details (GET /v1/users/u) answered 200: answer/data must have required property 'email'",
			"user_details (GET /v1/users/u) answered 200: answer/data has field 'nickname' the definition does not have",
		]);
		expect(
			contract().checkResponse({ method: 'GET', path: '/v1/users/u' }, 201, { code: 'Success' }),
		).toEqual([
			'user_details (GET /v1/users/u) answered 201: the definition declares 200, 404 only',
		]);
	});

	it("checks error answers against Fivetran's error envelope { code, message }", () => {
		const path = { method: 'GET', path: '/v1/users/u' };
		expect(contract().checkResponse(path, 404, { code: 'NotFound_User', message: 'gone' })).toEqual(
			[],
		);
		expect(
			contract().checkResponse(path, 400, { code: 'InvalidInput', message: 'bad', data: {} }),
		).toEqual([
			"user_details (GET /v1/users/u) answered 400: answer has field 'data' the definition does not have",
		]);
		expect(contract().checkResponse(path, 500, { error: 'x' })).toHaveLength(3);
	});
});

describe('the written-down exceptions', () => {
	it('each has a reason and evidence, and each still changes some schema of the definition', () => {
		const fresh = new ContractValidator(contractFile as unknown as Contract);
		for (const operation of fresh.operations) {
			if (operation.requestBody)
				fresh.validator(operation, 'request', operation.requestBody.schema, 'request');
			for (const [status, schema] of Object.entries(operation.responses)) {
				if (schema) fresh.validator(operation, status, schema, 'response');
			}
		}
		for (const exception of exceptions) {
			expect(exception.reason.length).toBeGreaterThan(20);
			expect(exception.evidence.length).toBeGreaterThan(20);
			expect([exception.id, fresh.exceptionUses.get(exception.id)]).toEqual([
				exception.id,
				expect.any(Number),
			]);
			expect(fresh.exceptionUses.get(exception.id)).toBeGreaterThan(0);
		}
	});

	it('takes integer enums written as strings as numbers, and sync_frequency null in answers', () => {
		const problems = contract().checkRequest({
			method: 'PATCH',
			path: '/v1/connections/c',
			body: { sync_frequency: 60 },
		});
		expect(problems).toEqual([]);
		expect(
			contract().checkRequest({
				method: 'PATCH',
				path: '/v1/connections/c',
				body: { sync_frequency: 61 },
			}),
		).toHaveLength(1);
	});
});
