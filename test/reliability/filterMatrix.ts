/**
 * Permissions never fail open (issue 16, item 5): a system key's ID filter that holds no ID would
 * give the key its access on EVERY resource of the type, so each such input is refused before
 * anything is sent. test/nodes/systemKey/validation.test.ts runs these rows through System Key ›
 * Create (error message, nothing sent); writeMatrix.ts renders them into MATRIX.md.
 */

/** The refusal: an ID filter holding no ID would grant every resource. */
export const EVERY_CONNECTOR =
	'holds no ID. Without IDs Fivetran applies the permission to every CONNECTOR resource; ' +
	'enter at least one ID, or remove the filter to cover all of them on purpose';

export interface FilterMatrixRow {
	name: string;
	/** How the filter is given, for the table. */
	input: string;
	/** System Key › Create parameters that differ from a valid key's. */
	parameters: Record<string, unknown>;
	message: string;
}

function builder(row: Record<string, string>) {
	return { permissionsInput: 'builder', permissions: { permission: [row] } };
}

export const FILTER_MATRIX: FilterMatrixRow[] = [
	{
		name: 'Resource IDs holding only separators',
		input: "builder, Resource IDs ' , ,'",
		parameters: builder({ resourceType: 'CONNECTOR', accessLevel: 'MANAGE', resourceIds: ' , ,' }),
		message: `Permission 1: Resource IDs ${EVERY_CONNECTOR}`,
	},
	{
		name: 'Resource IDs from an expression that resolves to nothing',
		input: 'builder, Resource IDs {{ $json.missingIds }}',
		parameters: builder({
			resourceType: 'CONNECTOR',
			accessLevel: 'MANAGE',
			resourceIds: '={{ $json.missingIds }}',
		}),
		message: `Permission 1: Resource IDs ${EVERY_CONNECTOR}`,
	},
	{
		name: 'Group IDs from an expression that resolves to only separators',
		input: `builder, Group IDs {{ ", " }}`,
		parameters: builder({
			resourceType: 'CONNECTOR',
			accessLevel: 'READ',
			groupIds: '={{ ", " }}',
		}),
		message: `Permission 1: Group IDs ${EVERY_CONNECTOR}`,
	},
	{
		name: 'an explicit empty resource_filter.ids in JSON',
		input: 'JSON, "resource_filter": {"ids": []}',
		parameters: {
			permissionsInput: 'json',
			permissionsJson:
				'[{"resource_type": "CONNECTOR", "access_level": "MANAGE", "resource_filter": {"ids": []}}]',
		},
		message: `Permission 1: resource_filter.ids (an empty list) ${EVERY_CONNECTOR}`,
	},
];

export function renderFilterMatrix(): string {
	const rows = FILTER_MATRIX.map(
		(row) =>
			`| ${row.input.replace(/\|/g, '\\|')} | 0 | refused: "${row.message.split('. Without')[0]}." | none |`,
	);
	return [
		'## System keys: ID filters that hold no ID (issue 16)',
		'',
		'From `filterMatrix.ts`, run through System Key › Create by',
		'`test/nodes/systemKey/validation.test.ts`. Without IDs Fivetran would apply the permission to',
		'every resource of its type, so each is refused before any request.',
		'',
		'| Filter given as | Requests sent | Outcome | Keys created |',
		'|---|---|---|---|',
		...rows,
		'',
	].join('\n');
}
