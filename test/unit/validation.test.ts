import { NodeOperationError, type INode } from 'n8n-workflow';

import {
	collectProblems,
	failValidation,
	parseJsonObject,
	requireEmail,
	requireId,
	requireInteger,
	requireText,
	requireUrl,
	throwIfInvalid,
} from '../../nodes/Fivetran/v1/helpers/validation';

const node: INode = {
	id: 'n1',
	name: 'Fivetran',
	type: 'fivetran',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

describe('requireText', () => {
	it.each([undefined, null, '', '   ', '\t\n'])('refuses %p', (value) => {
		expect(requireText(value, 'Given Name')).toBe("'Given Name' is empty: enter a value");
	});

	it.each(['a', ' Ada ', 0])('accepts %p', (value) => {
		expect(requireText(value, 'Given Name')).toBeUndefined();
	});
});

describe('requireEmail', () => {
	it.each(['ada@example.com', ' ada.lovelace+ft@mail.example.co.uk '])('accepts %p', (value) => {
		expect(requireEmail(value)).toBeUndefined();
	});

	it.each(['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com', 'ada@@example.com'])(
		'refuses %p with a message saying the expected form',
		(value) => {
			expect(requireEmail(value)).toBe(
				"'Email' is not a valid email address: use the form name@example.com",
			);
		},
	);

	it('reports an empty email as empty, under the given label', () => {
		expect(requireEmail(' ', 'Invitee Email')).toBe("'Invitee Email' is empty: enter a value");
	});
});

describe('requireId', () => {
	it.each(['speak_inexpensive', 'a/b', ' x '])('accepts %p', (value) => {
		expect(requireId(value, 'User')).toBeUndefined();
	});

	it.each(['', '  ', undefined])('refuses empty %p', (value) => {
		expect(requireId(value, 'User')).toBe(
			"'User' is empty: pick one from the list or enter its ID",
		);
	});

	it.each(['.', '..', ' .. '])('refuses the path segment %p', (value) => {
		expect(requireId(value, 'Group')).toBe(
			`'Group' cannot be "${String(value).trim()}": enter a real ID`,
		);
	});
});

describe('requireInteger', () => {
	it.each([1, 50, '7', 1000])('accepts %p', (value) => {
		expect(requireInteger(value, 'Limit')).toBeUndefined();
	});

	it.each([0, -1, 1.5, 'abc', '', null, Number.NaN])('refuses %p', (value) => {
		expect(requireInteger(value, 'Limit')).toBe("'Limit' must be a whole number of at least 1");
	});

	it('honours a custom minimum', () => {
		expect(requireInteger(0, 'Offset', 0)).toBeUndefined();
		expect(requireInteger(-1, 'Offset', 0)).toBe("'Offset' must be a whole number of at least 0");
	});
});

describe('requireUrl', () => {
	it('accepts http(s) URLs', () => {
		expect(requireUrl('https://example.com/a.png', 'Picture URL')).toBeUndefined();
		expect(requireUrl('http://127.0.0.1:8080/x', 'Picture URL')).toBeUndefined();
	});

	it('accepts data URIs only when allowed', () => {
		const dataUri = 'data:image/png;base64,iVBORw0KGgo=';
		expect(requireUrl(dataUri, 'Picture URL', true)).toBeUndefined();
		expect(requireUrl(dataUri, 'Picture URL')).toBe(
			"'Picture URL' must be an http(s) URL, e.g. https://example.com/a.png",
		);
	});

	it('refuses other schemes and malformed URLs', () => {
		expect(requireUrl('ftp://example.com/a.png', 'Picture URL', true)).toBe(
			"'Picture URL' must be an http(s) URL or a data URI, e.g. https://example.com/a.png",
		);
		expect(requireUrl('https://exa mple.com', 'Picture URL')).toBe(
			"'Picture URL' is not a valid URL: use an http(s) URL, e.g. https://example.com/a.png",
		);
		expect(requireUrl('', 'Picture URL')).toBe("'Picture URL' is empty: enter a value");
	});
});

describe('parseJsonObject', () => {
	it('parses a JSON object given as text', () => {
		expect(parseJsonObject('{"a": 1, "b": [true]}', 'Config')).toEqual({
			value: { a: 1, b: [true] },
		});
	});

	it('takes an already parsed object as it is', () => {
		const value = { a: { b: null } };
		expect(parseJsonObject(value, 'Config')).toEqual({ value });
	});

	it('names the parameter when the JSON does not parse, without quoting the input', () => {
		expect(parseJsonObject('{"password": "hunter2", ', 'Config')).toEqual({
			problem: `'Config' is not valid JSON: check quotes, commas and braces, e.g. {"key": "value"}`,
		});
	});

	it.each(['[1, 2]', '"text"', '42', 'null', [1]])('refuses the non-object %p', (value) => {
		expect(parseJsonObject(value, 'Config')).toEqual({
			problem: `'Config' must be a JSON object such as {"key": "value"}`,
		});
	});

	it('refuses empty text', () => {
		expect(parseJsonObject('  ', 'Config')).toEqual({
			problem: "'Config' is empty: enter a JSON object such as {}",
		});
	});
});

describe('collectProblems and throwIfInvalid', () => {
	it('keeps only the problems, in order', () => {
		expect(collectProblems(undefined, 'first', undefined, 'second')).toEqual(['first', 'second']);
	});

	it('does nothing when there is no problem', () => {
		expect(() => throwIfInvalid(node, 0, undefined, undefined)).not.toThrow();
	});

	it('throws a NodeOperationError for the item with the first problem as message', () => {
		let thrown: unknown;
		try {
			throwIfInvalid(node, 3, undefined, 'first problem', 'second problem');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(NodeOperationError);
		const error = thrown as NodeOperationError;
		expect(error.message).toBe('first problem');
		expect(error.description).toBe('first problem\nsecond problem');
		expect(error.context.itemIndex).toBe(3);
	});

	it('failValidation always throws, even without a problem to name', () => {
		expect(() => failValidation(node, 1, [])).toThrow('Invalid parameters');
	});

	it('leaves the description empty for a single problem', () => {
		expect(() => throwIfInvalid(node, 0, 'only one')).toThrow(
			expect.objectContaining({ message: 'only one', description: undefined }) as Error,
		);
	});
});
