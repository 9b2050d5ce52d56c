import { isLoopbackUrl } from '../../nodes/shared/loopback';

describe('isLoopbackUrl', () => {
	it.each(['http://localhost:5678/webhook', 'http://127.0.0.1:8787', 'http://[::1]:8787/v1'])(
		'accepts %s',
		(url) => expect(isLoopbackUrl(url)).toBe(true),
	);

	it.each([
		'https://api.fivetran.com',
		'http://127.0.0.2',
		'http://localhost.example.com',
		'not a url',
		'',
	])('refuses %s', (url) => expect(isLoopbackUrl(url)).toBe(false));
});
