/**
 * The trigger's hostile-delivery matrix (issue 16, item 6) as data: requests whose body is not a
 * JSON object, as n8n 2.41 hands them to webhook(), with the answer the trigger must give with
 * and without a stored secret. triggerMatrix.test.ts runs it through webhook(); writeMatrix.ts
 * renders it into MATRIX.md; test/e2e/server.test.ts sends the same kinds to a running n8n.
 */

export interface TriggerMatrixRow {
	name: string;
	contentType?: string;
	body: string;
	/** The answer with a secret stored, and with none (static data lost). */
	status: number;
	statusWithoutSecret: number;
}

export const TRIGGER_MATRIX: TriggerMatrixRow[] = [
	{ name: 'no body, no content type', body: '', status: 400, statusWithoutSecret: 400 },
	{
		name: 'no body, application/json',
		contentType: 'application/json',
		body: '',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'JSON null',
		contentType: 'application/json',
		body: 'null',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'JSON list',
		contentType: 'application/json',
		body: '[{"event":"sync_end"}]',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'JSON string',
		contentType: 'application/json',
		body: '"sync_end"',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'JSON number',
		contentType: 'application/json',
		body: '42',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'JSON text sent as text/plain',
		contentType: 'text/plain',
		body: '{"event":"sync_end"}',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'a content type n8n does not parse',
		contentType: 'application/octet-stream',
		body: '{"event":"sync_end"}',
		status: 400,
		statusWithoutSecret: 400,
	},
	{
		name: 'form-encoded fields (an object, unsigned)',
		contentType: 'application/x-www-form-urlencoded',
		body: 'event=sync_end',
		status: 401,
		statusWithoutSecret: 503,
	},
	{
		name: 'JSON object, unsigned',
		contentType: 'application/json',
		body: '{"event":"sync_end"}',
		status: 401,
		statusWithoutSecret: 503,
	},
	{
		name: 'creation ping (test_event), unsigned',
		contentType: 'application/json',
		body: '{"event":"test_event"}',
		status: 200,
		statusWithoutSecret: 200,
	},
];

/** MATRIX.md's trigger section: one line per row, as asserted by triggerMatrix.test.ts. */
export function renderTriggerMatrix(): string {
	const lines = TRIGGER_MATRIX.map(
		(row) =>
			`| ${row.name} | ${row.contentType ?? '(none)'} | ${row.status} | ${row.statusWithoutSecret} | none |`,
	);
	return [
		'## Trigger: bodies that are not a JSON object (issue 16)',
		'',
		"From `triggerMatrix.ts`, run through the trigger's `webhook()` by `triggerMatrix.test.ts`",
		'(as n8n 2.41 parses each body) and sent 100 times to a running n8n by',
		'`test/e2e/server.test.ts`, whose executions list stays empty. A JSON body that does not',
		'parse is answered 422 by n8n itself before the trigger runs.',
		'',
		'| Request | Content type | Answer | Answer without a stored secret | Executions |',
		'|---|---|---|---|---|',
		...lines,
		'',
	].join('\n');
}
