/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npx ts-node --transpile-only bench/summariseProfile.ts <file.cpuprofile> [top] [filter]`
 * Prints the frames with the most self time and, with a filter (a RegExp on "name file"), the
 * matching frames with the most total time (self plus callees), from a V8 CPU profile
 * (`BENCH_PROFILE=<dir> npm run bench`).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
}

function frameName(node: ProfileNode): string {
	const { functionName, url, lineNumber } = node.callFrame;
	const file = url.replace(/^.*\/(node_modules\/|work\/main\/)/, '');
	return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Samples per frame: self time, or total time (each sample counted once per frame on its stack). */
function samplesByFrame(profile: CpuProfile, total: boolean): Map<string, number> {
	const parentOf = new Map<number, ProfileNode>();
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parentOf.set(child, node);
	const byFrame = new Map<string, number>();
	for (const id of profile.samples) {
		const onStack = new Set<string>();
		for (
			let node = byId.get(id);
			node !== undefined;
			node = total ? parentOf.get(node.id) : undefined
		) {
			onStack.add(frameName(node));
		}
		for (const name of onStack) byFrame.set(name, (byFrame.get(name) ?? 0) + 1);
	}
	return byFrame;
}

function print(
	title: string,
	byFrame: Map<string, number>,
	all: number,
	top: number,
	filter = /./,
): void {
	const rows = [...byFrame.entries()]
		.filter(([name]) => filter.test(name))
		.sort((a, b) => b[1] - a[1])
		.slice(0, top);
	console.log(title);
	for (const [name, samples] of rows) {
		console.log(`${((samples / all) * 100).toFixed(1).padStart(5)}%  ${name}`);
	}
}

const [file, top = '25', filter] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const all = profile.samples.length;
print(
	`${all} samples; top ${top} frames by self time:`,
	samplesByFrame(profile, false),
	all,
	Number(top),
);
if (filter !== undefined) {
	print(
		`Frames matching /${filter}/ by total time:`,
		samplesByFrame(profile, true),
		all,
		Number(top),
		new RegExp(filter),
	);
}
