import {
	apiPath,
	InvalidPathSegmentError,
	normaliseBaseUrl,
	checkBaseUrl,
} from '../../nodes/shared/transport';

describe('apiPath', () => {
	it('encodes every interpolated value as one path segment', () => {
		expect(apiPath`/v1/users/${'abc'}/groups/${'g_1'}`).toBe('/v1/users/abc/groups/g_1');
		expect(apiPath`/v1/users/${'a/b'}`).toBe('/v1/users/a%2Fb');
		expect(apiPath`/v1/users/${'a?x=1#f'}`).toBe('/v1/users/a%3Fx%3D1%23f');
		expect(apiPath`/v1/users/${'100%'}`).toBe('/v1/users/100%25');
		expect(apiPath`/v1/users/${'two words'}`).toBe('/v1/users/two%20words');
		expect(apiPath`/v1/users/${'ünï'}`).toBe('/v1/users/%C3%BCn%C3%AF');
		expect(apiPath`/v1/users/${'../../account'}`).toBe('/v1/users/..%2F..%2Faccount');
	});

	it('leaves a path without interpolations unchanged', () => {
		expect(apiPath`/v1/account/info`).toBe('/v1/account/info');
	});

	it.each([
		['', 'is empty'],
		['   ', 'is empty'],
		['.', "is '.'"],
		['..', "is '..'"],
		[undefined, 'is empty'],
	])('refuses %p naming the segment', (value, reason) => {
		expect(() => apiPath`/v1/users/${value}`).toThrow(InvalidPathSegmentError);
		expect(() => apiPath`/v1/users/${value}`).toThrow(
			`Invalid ID for 'users': the value ${reason}`,
		);
	});
});

describe('normaliseBaseUrl', () => {
	it.each([
		['https://api.fivetran.com', 'https://api.fivetran.com'],
		['https://api.fivetran.com/', 'https://api.fivetran.com'],
		['https://api.fivetran.com/v1', 'https://api.fivetran.com'],
		['https://api.fivetran.com/v1/', 'https://api.fivetran.com'],
		['https://api.fivetran.com/V1//', 'https://api.fivetran.com'],
		['  http://127.0.0.1:3000/  ', 'http://127.0.0.1:3000'],
		['http://proxy.local/fivetran/v1', 'http://proxy.local/fivetran'],
		['', 'https://api.fivetran.com'],
		[undefined, 'https://api.fivetran.com'],
	])('%p -> %p', (input, expected) => {
		expect(normaliseBaseUrl(input)).toBe(expected);
	});
});

describe('checkBaseUrl', () => {
	it.each([
		['https://api.fivetran.com/v1/', 'https://api.fivetran.com'],
		['HTTP://127.0.0.1:3000', 'HTTP://127.0.0.1:3000'],
		['http://proxy.local/fivetran/v1', 'http://proxy.local/fivetran'],
		['   ', 'https://api.fivetran.com'],
		[undefined, 'https://api.fivetran.com'],
	])('%p -> %p', (input, expected) => {
		expect(checkBaseUrl(input)).toEqual({ url: expected });
	});

	it.each([
		['api.fivetran.com', 'add the scheme, e.g. https://api.fivetran.com'],
		['api.fivetran.com/v1', 'add the scheme, e.g. https://api.fivetran.com'],
		['127.0.0.1:4000', 'add the scheme, e.g. https://127.0.0.1:4000'],
		['//api.fivetran.com', 'add the scheme, e.g. https://api.fivetran.com'],
		['ftp://api.fivetran.com', 'use https:// (or http:// for a local emulator)'],
		['https:/api.fivetran.com', 'use https:// (or http:// for a local emulator)'],
		['https://', 'use https:// (or http:// for a local emulator)'],
		['https://api.fivetran.com?x=1', 'use https:// (or http:// for a local emulator)'],
		['https://api fivetran.com', 'use https:// (or http:// for a local emulator)'],
		['https://user@api.fivetran.com', 'use https:// (or http:// for a local emulator)'],
	])('refuses %p: %s', (input, hint) => {
		expect(checkBaseUrl(input)).toEqual({
			problem: `The Base URL in the Fivetran API credential is not a usable URL ('${normaliseBaseUrl(input)}'): ${hint}`,
		});
	});
});
