/**
 * Builds the Markdown reference of the Fivetran node from its description, so the README's
 * operation lists and docs/operations.md can never drift from what the node really shows.
 * Pure: takes the node's properties and the operation registry, returns text.
 */
import type {
	IDisplayOptions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';

/** What the generator needs of an operation module: its default concurrency kind. */
export type OperationRegistry = Record<string, Record<string, { concurrency: string }>>;

interface Choice {
	name: string;
	value: string;
	action?: string;
	description?: string;
}

/** Table cells: no pipes or line breaks, no HTML (descriptions link with <a>). */
export function cell(text: unknown): string {
	return String(text ?? '')
		.replace(/<a [^>]*>([^<]*)<\/a>/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\|/g, '\\|')
		.trim();
}

function choicesOf(property: INodeProperties): Choice[] {
	return (property.options ?? [])
		.filter((option): option is INodePropertyOptions => 'value' in option)
		.map((option) => ({
			name: option.name,
			value: String(option.value),
			action: option.action,
			description: option.description,
		}));
}

function shownFor(property: INodeProperties, field: string, value: string): boolean {
	const allowed = property.displayOptions?.show?.[field];
	return Array.isArray(allowed) && allowed.includes(value);
}

function findSelector(
	properties: INodeProperties[],
	resource?: string,
): INodeProperties | undefined {
	if (resource === undefined) return properties.find((p) => p.name === 'resource');
	return properties.find((p) => p.name === 'operation' && shownFor(p, 'resource', resource));
}

/** Conditions other than resource/operation, e.g. "Scope = group", for the Shown column. */
function extraConditions(show: IDisplayOptions['show']): string {
	return Object.entries(show ?? {})
		.filter(([field]) => field !== 'resource' && field !== 'operation')
		.map(
			([field, values]) =>
				`${field.replace(/^\//, '')} = ${(values ?? []).map(String).join(' or ')}`,
		)
		.join('; ');
}

function typeLabel(property: INodeProperties): string {
	if (property.type === 'resourceLocator') {
		const modes = (property.modes ?? []).map((mode) => mode.displayName).join(' / ');
		return `resource locator (${modes})`;
	}
	const choices = choicesOf(property);
	if (choices.length > 0 && choices.length <= 12) {
		return `${property.type}: ${choices.map((choice) => `\`${choice.value}\``).join(', ')}`;
	}
	return property.type;
}

function defaultLabel(property: INodeProperties): string {
	const value = property.default as unknown;
	if (value === '' || value === undefined || property.type === 'resourceLocator') return '';
	if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return '';
	return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

interface ParameterRow {
	label: string;
	property: INodeProperties;
	shown: string;
}

function rowOf(property: INodeProperties, parent?: string): ParameterRow {
	return {
		label: parent === undefined ? property.displayName : `${parent} › ${property.displayName}`,
		property,
		shown: extraConditions(property.displayOptions?.show),
	};
}

/** The fields inside a collection (options) or a fixedCollection (option groups of values). */
function childrenOf(property: INodeProperties): INodeProperties[] {
	return (property.options ?? []).flatMap((option) => {
		if ('values' in option) return (option as INodePropertyCollection).values;
		if ('type' in option) return [option as INodeProperties];
		return [];
	});
}

function parameterRows(properties: INodeProperties[]): ParameterRow[] {
	return properties.flatMap((property) => {
		const isCollection = property.type === 'collection' || property.type === 'fixedCollection';
		const children = isCollection ? childrenOf(property) : [];
		return [rowOf(property), ...children.map((child) => rowOf(child, property.displayName))];
	});
}

function parameterTable(properties: INodeProperties[]): string[] {
	const fields = properties.filter((property) => property.type !== 'notice');
	if (fields.length === 0) return ['No parameters.'];
	const lines = [
		'| Parameter | Name | Type | Default | Required | Shown when | Description |',
		'|---|---|---|---|---|---|---|',
	];
	for (const { label, property, shown } of parameterRows(fields)) {
		lines.push(
			`| ${cell(label)} | \`${property.name}\` | ${cell(typeLabel(property))} | ${cell(defaultLabel(property))} | ${property.required === true ? 'yes' : ''} | ${cell(shown)} | ${cell(property.description)} |`,
		);
	}
	return lines;
}

function noticesOf(properties: INodeProperties[]): string[] {
	return properties
		.filter((property) => property.type === 'notice')
		.map((property) => `> ${cell(property.displayName)}`);
}

export interface Operation {
	resource: Choice;
	operation: Choice;
	concurrency: string;
	properties: INodeProperties[];
	/** Notices shown for the whole resource (e.g. who may manage system keys). */
	resourceNotices: INodeProperties[];
}

/** Every resource and operation the node offers, in the order the node shows them. */
export function listOperations(
	properties: INodeProperties[],
	registry: OperationRegistry,
): Operation[] {
	const resourceSelector = findSelector(properties);
	if (resourceSelector === undefined) throw new Error('The node has no "resource" parameter');
	return choicesOf(resourceSelector).flatMap((resource) => {
		const selector = findSelector(properties, resource.value);
		const resourceNotices = properties.filter(
			(p) =>
				p.type === 'notice' &&
				shownFor(p, 'resource', resource.value) &&
				!p.displayOptions?.show?.operation,
		);
		return (selector ? choicesOf(selector) : []).map((operation) => ({
			resource,
			operation,
			concurrency: registry[resource.value]?.[operation.value]?.concurrency ?? 'unknown',
			properties: properties.filter(
				(p) =>
					p !== selector &&
					shownFor(p, 'resource', resource.value) &&
					shownFor(p, 'operation', operation.value),
			),
			resourceNotices,
		}));
	});
}

const CONCURRENCY_LABEL: Record<string, string> = {
	read: 'read (5)',
	write: 'change (1)',
	wait: 'wait (10)',
};

/** One table per resource: operation, what it does, default concurrency. For the README. */
export function summaryMarkdown(operations: Operation[]): string {
	const lines: string[] = [];
	let current: string | undefined;
	for (const { resource, operation, concurrency } of operations) {
		if (resource.value !== current) {
			current = resource.value;
			lines.push('', `#### ${resource.name} (\`${resource.value}\`)`, '');
			lines.push('| Operation | Value | Description | Default concurrency |', '|---|---|---|---|');
		}
		lines.push(
			`| ${cell(operation.name)} | \`${operation.value}\` | ${cell(operation.description)} | ${CONCURRENCY_LABEL[concurrency] ?? concurrency} |`,
		);
	}
	return lines.join('\n').trim() + '\n';
}

/** Every operation with its parameter table. For docs/operations.md. */
export function referenceMarkdown(operations: Operation[]): string {
	const lines = [
		'# Fivetran node: parameter reference',
		'',
		'Generated from the node description by `npx ts-node --transpile-only scripts/docs/operations.ts --reference`.',
		'Do not edit by hand: change the operation files and generate again.',
		'"Request Options" (every operation) are described in the README.',
	];
	let current: string | undefined;
	for (const op of operations) {
		if (op.resource.value !== current) {
			current = op.resource.value;
			const notices = noticesOf(op.resourceNotices);
			lines.push('', `## ${op.resource.name}`);
			if (notices.length > 0) lines.push('', ...notices);
		}
		lines.push('', `### ${op.resource.name}: ${op.operation.name}`, '');
		lines.push(
			`\`resource: ${op.resource.value}\`, \`operation: ${op.operation.value}\`, default concurrency: ${CONCURRENCY_LABEL[op.concurrency] ?? op.concurrency}. ${cell(op.operation.description)}`,
		);
		const notices = noticesOf(op.properties);
		if (notices.length > 0) lines.push('', ...notices);
		lines.push('', ...parameterTable(op.properties));
	}
	return lines.join('\n') + '\n';
}
