import { readEnvelope } from '../../nodes/shared/transport/envelope';

describe('readEnvelope', () => {
	it('unwraps data, message and code of a success', () => {
		const text = JSON.stringify({ code: 'Success', message: 'ok', data: { id: 'x' } });
		expect(readEnvelope(200, text)).toEqual({
			ok: { data: { id: 'x' }, message: 'ok', code: 'Success', status: 200 },
		});
	});

	it('accepts Created and gives {} as data for action answers without data', () => {
		expect(readEnvelope(201, '{"code":"Created","data":{"id":"n"}}')).toEqual({
			ok: { data: { id: 'n' }, message: undefined, code: 'Created', status: 201 },
		});
		expect(readEnvelope(200, '{"code":"Success","message":"deleted"}')).toEqual({
			ok: { data: {}, message: 'deleted', code: 'Success', status: 200 },
		});
	});

	it('turns an error envelope into a failure with code, message and Retry-After', () => {
		const text =
			'{"code":"TooManyRequests","message":"No more than 100 connectors can be created hourly"}';
		expect(readEnvelope(429, text, { retryAfter: '30' })).toEqual({
			failure: {
				status: 429,
				code: 'TooManyRequests',
				message: 'No more than 100 connectors can be created hourly',
				retryAfterSeconds: 30,
			},
		});
	});

	it('treats a 2xx whose code is not a success as a failure', () => {
		const result = readEnvelope(200, '{"code":"InternalError"}');
		expect(result).toEqual({
			failure: expect.objectContaining({
				status: 200,
				code: 'InternalError',
				message: "Fivetran answered HTTP 200 with code 'InternalError' instead of 'Success'",
			}),
		});
	});

	it.each([
		[
			'an HTML page',
			200,
			'<html><body><h1>Bad Gateway</h1></body></html>',
			/not a JSON envelope \("<html>.*"\) with HTTP status 200/,
		],
		[
			'truncated JSON',
			200,
			'{"code":"Success","data":{"ite',
			/not a JSON envelope .* with HTTP status 200/,
		],
		['an empty body', 502, '', /an empty answer with HTTP status 502/],
		['a JSON array', 200, '[1,2]', /not a JSON envelope/],
		['a JSON string', 500, '"oops"', /with HTTP status 500/],
	])('reports %s clearly with the status', (_label, status, text, message) => {
		const result = readEnvelope(status, text);
		expect('failure' in result && result.failure.message).toMatch(message);
		expect('failure' in result && result.failure.status).toBe(status);
	});

	it('accepts an empty 204', () => {
		expect(readEnvelope(204, '')).toEqual({ ok: { data: {}, code: 'Success', status: 204 } });
	});
});

describe('readEnvelope: what an unreadable answer quotes', () => {
	const secretPrefix = 'sk_live_7f3a';
	const cut = `{"code":"Success","data":{"id":"key_1","secret":"${secretPrefix}`;

	it('never quotes text that starts like JSON: a cut record can end in part of a secret', () => {
		const result = readEnvelope(200, cut);
		const message = 'failure' in result ? result.failure.message : '';
		expect(message).toBe(
			`Fivetran sent an answer that is not a JSON envelope (cut short or invalid, ${cut.length} characters, not quoted) with HTTP status 200`,
		);
		expect(message).not.toContain(secretPrefix);
		expect(JSON.stringify(readEnvelope(500, '"sk_live_7f3a'))).not.toContain(secretPrefix);
		expect(JSON.stringify(readEnvelope(200, '[{"secret":"sk_live_7f3a'))).not.toContain(
			secretPrefix,
		);
	});

	it('quotes an HTML page, except for an endpoint whose answers carry secrets', () => {
		const page = `<html><body>${secretPrefix}</body></html>`;
		const quoted = readEnvelope(502, page);
		const unquoted = readEnvelope(502, page, { quoteAnswer: false });
		expect('failure' in quoted && quoted.failure.message).toContain(`("${page}")`);
		expect('failure' in unquoted && unquoted.failure.message).toBe(
			`Fivetran sent an answer that is not a JSON envelope (cut short or invalid, ${page.length} characters, not quoted) with HTTP status 502`,
		);
	});

	it('shortens a long quoted page to 120 characters on one line', () => {
		const page = `<html>\n${'x'.repeat(200)}</html>`;
		const result = readEnvelope(200, page);
		expect('failure' in result && result.failure.message).toBe(
			`Fivetran sent an answer that is not a JSON envelope ("<html> ${'x'.repeat(113)}…") with HTTP status 200`,
		);
	});

	it('reads Retry-After against the clock it is given', () => {
		const text = '{"code":"TooManyRequests","message":"slow down"}';
		const now = Date.UTC(2026, 0, 1);
		const read = (retryAfter: string) => readEnvelope(429, text, { retryAfter, nowMs: now });
		expect(read('Thu, 01 Jan 2026 00:00:10 GMT')).toEqual({
			failure: expect.objectContaining({ retryAfterSeconds: 10 }),
		});
		expect(read('Wed, 31 Dec 2025 23:59:59 GMT')).toEqual({
			failure: expect.not.objectContaining({ retryAfterSeconds: expect.anything() }),
		});
	});
});
