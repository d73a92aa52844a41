/**
 * Undo steps run newest first, each even if an earlier one failed, so a failed run still
 * closes its servers and drops its database and the process exits by itself.
 */
export class Cleanup {
  private readonly steps: { name: string; undo: () => Promise<void> }[] = [];

  defer(name: string, undo: () => Promise<void>): void {
    this.steps.push({ name, undo });
  }

  async run(): Promise<void> {
    for (const { name, undo } of this.steps.splice(0).reverse()) {
      try {
        await undo();
      } catch (error) {
        console.error(`bench: cleanup of ${name} failed:`, error);
      }
    }
  }
}
