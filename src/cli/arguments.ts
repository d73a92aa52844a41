/** `--name value` pairs of a command line; anything else is a mistake worth naming. */
export function namedArguments(args: string[], allowed: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]?.replace(/^--/, '');
    const value = args[i + 1];
    if (!args[i]?.startsWith('--') || !allowed.includes(name) || value === undefined) {
      throw new Error(`unexpected argument ${args[i]}: expected ${allowed.map((a) => `--${a} <value>`).join(' ')}`);
    }
    values[name] = value;
  }
  return values;
}
