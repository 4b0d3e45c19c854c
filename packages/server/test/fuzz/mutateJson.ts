import fc from 'fast-check';
import { DANGEROUS_KEYS, hostileValue } from './hostileValues.ts';

type Path = ReadonlyArray<string | number>;

/** One change to a valid body; `pick` chooses the place among the value's paths. */
type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'addKey'; pick: number; key: string; value: unknown }
  | { kind: 'replace'; value: unknown }
  | { kind: 'wrapArray' };

/** Bodies are shallow; a deep hostile value put in by an earlier change is not walked. */
const MAX_PATH_DEPTH = 6;

/** Every path inside `value` (the root is `[]`), objects and arrays alike, to a few levels. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length >= MAX_PATH_DEPTH || out.length > 500) return out;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) pathsOf(item, [...prefix, i], out);
  } else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      pathsOf((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

/** A deep copy that keeps own `__proto__` keys as plain keys (null-prototype objects). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function containerAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  return node;
}

function apply(root: unknown, change: Mutation): unknown {
  // Copied in: generated values may be shared (constants), and are never to be changed in place.
  const mutation = 'value' in change ? { ...change, value: copy(change.value) } : change;
  if (mutation.kind === 'replace') return mutation.value;
  if (mutation.kind === 'wrapArray') return [root];
  const paths = pathsOf(root);
  const path = paths[mutation.pick % paths.length] ?? [];
  if (mutation.kind === 'addKey') {
    const target = containerAt(root, path);
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[mutation.key] = mutation.value;
    return root;
  }
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : undefined;
  const parent = containerAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      pick: fc.nat(),
      value: hostileValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      pick: fc.nat(),
      key: fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 12 })),
      value: hostileValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), value: hostileValue }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'wrapArray' as const }) },
);

/**
 * A valid body, left valid about a fifth of the time (so the success paths
 * run too), otherwise changed one to three times: fields set to the wrong
 * type or a hostile value, removed, extra (dangerous) keys added, or the
 * whole body replaced.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.oneof(
        { weight: 1, arbitrary: fc.constant([] as Mutation[]) },
        { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
      ),
    )
    .map(([value, changes]) => changes.reduce<unknown>(apply, copy(value)));
}
