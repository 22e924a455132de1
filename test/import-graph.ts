import { readFileSync, statSync } from "node:fs";
import path from "node:path";

// The import graph of SIGAP's own modules, type-only imports included (a type-only cycle is
// still two modules that cannot be understood apart), and its cycles: Tarjan's strongly
// connected components. Reads `import … from`, `export … from` and `import("…")` specifiers;
// resolves "@/…" and relative ones to files of the repository, and ignores packages.

const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The repository file an import specifier of `from` names, or null for a package. */
function resolve(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(path.join(root, from)), specifier)
      : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    // A file, not a folder of the same name (lib/i18n/id.ts beside lib/i18n/id/).
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile() && !candidate.endsWith(".d.mts"))
      return path.relative(root, candidate);
  }
  return null;
}

/** Each file's imports among `files` (repository-relative paths). */
export function importGraph(root: string, files: string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      const targets = [...text.matchAll(SPECIFIER)]
        .map((match) => resolve(root, file, match[1] ?? match[2]))
        .filter((target): target is string => target !== null && known.has(target) && target !== file);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The groups of modules that import each other, round (each sorted; none when the graph is a DAG). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
