import { isValidSignature, signBody } from '../../nodes/FivetranTrigger/signature';

const signingKey = 'trigger-test-key';
const body = Buffer.from('{"event":"sync_end","sync_id":"s-1"}');

describe('signBody', () => {
	it('is the lower-case hex HMAC-SHA256 of the bytes (RFC 4231 test case 2)', () => {
		expect(signBody('what do ya want for nothing?', 'Jefe')).toBe(
			'5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
		);
	});
});

describe('isValidSignature', () => {
	const signature = signBody(body, signingKey);

	it('accepts the lower-case and the upper-case hex signature', () => {
		expect(isValidSignature(body, signingKey, signature)).toBe(true);
		expect(isValidSignature(body, signingKey, signature.toUpperCase())).toBe(true);
	});

	it('accepts a string raw body with the same bytes', () => {
		expect(isValidSignature(body.toString('utf8'), signingKey, signature)).toBe(true);
	});

	it('rejects a signature made with another key', () => {
		expect(isValidSignature(body, 'another-key', signature)).toBe(false);
	});

	it('rejects the same JSON serialised differently (verification uses the exact bytes)', () => {
		const reformatted = Buffer.from('{ "event": "sync_end", "sync_id": "s-1" }');
		expect(isValidSignature(reformatted, signingKey, signature)).toBe(false);
	});

	it.each([
		['missing', undefined],
		['empty', ''],
		['truncated', signature.slice(0, 63)],
		['too long', `${signature}0`],
		['not hex', 'z'.repeat(64)],
		['prefixed', `sha256=${signature}`],
		['repeated header (array)', [signature, signature]],
		['a number', 42],
	])('rejects a %s signature', (_label, value) => {
		expect(isValidSignature(body, signingKey, value)).toBe(false);
	});

	it('rejects when there is no raw body or no key', () => {
		expect(isValidSignature(undefined, signingKey, signature)).toBe(false);
		expect(isValidSignature(body, '', signBody(body, ''))).toBe(false);
	});
});
