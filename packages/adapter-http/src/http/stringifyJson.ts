/**
 * A request body's JSON text, whatever the host page did to `toJSON`.
 * Pages still running Prototype.js 1.6 give every array a `toJSON` that
 * returns JSON *text*, so the native `JSON.stringify` writes each array as a
 * string (`"tried":"[]"`) and the server rightly refuses the report. The
 * replacer reads the holder's own value, so an array is written as the array
 * it is; `toJSON` is consulted before a replacer, never after.
 */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, written) {
    const own = this[key];
    return Array.isArray(own) ? own : written;
  });
}
