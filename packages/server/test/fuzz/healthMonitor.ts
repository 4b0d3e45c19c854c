/** Signs of trouble inside the server process that an HTTP answer alone would not show. */
export interface HealthMonitor {
  /** Every problem seen since the start (or the last `take`). */
  take(): string[];
  stop(): void;
}

/**
 * Watches the process the server runs in: unhandled rejections, uncaught
 * exceptions, anything logged with `console.error` (the server logs every
 * internal error there, and Hono's node adapter logs stream failures there),
 * and prototype pollution (new keys on `Object.prototype`).
 */
export function watchHealth(): HealthMonitor {
  const problems: string[] = [];
  const describe = (value: unknown) =>
    value instanceof Error
      ? `${value.name}: ${value.message}\n${value.stack ?? ''}`
      : String(value);
  const onRejection = (reason: unknown) =>
    problems.push(`unhandled rejection: ${describe(reason)}`);
  const onException = (error: unknown) => problems.push(`uncaught exception: ${describe(error)}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(describe).join(' ')}`);
  };
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).length;
  return {
    take() {
      if (Object.getOwnPropertyNames(Object.prototype).length !== prototypeKeys)
        problems.push(
          `Object.prototype was polluted: ${Object.getOwnPropertyNames(Object.prototype).join(', ')}`,
        );
      return problems.splice(0);
    },
    stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
      console.error = original;
    },
  };
}
