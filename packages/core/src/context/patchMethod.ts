// biome-ignore lint/suspicious/noExplicitAny: a patched method keeps whatever signature it had.
type Method = (this: unknown, ...args: any[]) => unknown;

/**
 * Replaces `owner[key]` with a function that runs `hooked` (made from the
 * original) and returns a function that takes the patch out again.
 *
 * The installed function forwards `this` and the arguments untouched, so
 * callers see the same return values and exceptions. Removal is exact: if
 * our function is still in place, the original property descriptor is put
 * back (or the own property deleted, when the method was inherited). If the
 * host patched the method after us, their function holds a reference to
 * ours: replacing theirs would silently drop their patch, so ours is left in
 * their chain but switched to a plain pass-through to the original.
 */
export function patchMethod(
  owner: object,
  key: string,
  hook: (original: Method) => Method,
): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  const original = Reflect.get(owner, key) as unknown;
  if (typeof original !== 'function') return () => {};
  const target = original as Method;
  const hooked = hook(target);
  let active = true;
  const installed = function (this: unknown, ...args: unknown[]): unknown {
    return Reflect.apply(active ? hooked : target, this, args);
  };
  Reflect.set(owner, key, installed);
  return () => {
    if (!active) return;
    active = false;
    if (Reflect.get(owner, key) !== installed) return;
    if (descriptor) Object.defineProperty(owner, key, descriptor);
    else Reflect.deleteProperty(owner, key);
  };
}
