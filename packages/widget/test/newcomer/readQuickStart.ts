/**
 * The command the README's Quick start gives for the demo, exactly as written
 * there: the first `sh` block of that section that runs `pnpm demo`. Throws,
 * naming what it looked for, when the README no longer has one.
 */
export function demoCommand(readme: string): string {
  const section = /^## Quick start\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Quick start" section');
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((found) =>
    (found[1] ?? '').trim(),
  );
  const command = blocks.find((block) => /(^|&&|;)\s*pnpm demo\s*$/m.test(block));
  if (command === undefined) {
    throw new Error(
      `README.md's Quick start has no sh block running "pnpm demo"; its blocks: ${JSON.stringify(blocks)}`,
    );
  }
  return command;
}
