/** A FIFO lock: units of work wait their turn instead of sharing the writer's open transaction. */
export class WriteLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  acquire(): Promise<void> | undefined {
    if (!this.held) {
      this.held = true;
      return undefined; // free: no extra tick on the common path
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Takes the lock if it is free; never waits. */
  tryAcquire(): boolean {
    if (this.held) return false;
    this.held = true;
    return true;
  }

  /** Whether a unit of work is waiting for the lock now. */
  get contended(): boolean {
    return this.waiting.length > 0;
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next(); // handed straight to the next unit, which never sees the lock free
    else this.held = false;
  }
}
