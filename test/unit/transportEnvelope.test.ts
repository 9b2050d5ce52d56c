import { parseRetryAfter, readEnvelope } from '../../nodes/Fivetran/v1/transport/envelope';

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
		expect(readEnvelope(429, text, '30')).toEqual({
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

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates, ignores junk', () => {
		expect(parseRetryAfter('3600')).toBe(3600);
		expect(parseRetryAfter(2)).toBe(2);
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.UTC(2026, 0, 1))).toBe(10);
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(undefined)).toBeUndefined();
	});
});
