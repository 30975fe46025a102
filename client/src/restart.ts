// When the language server dies: restart it, tell the user once, and give up
// (saying so) only when it keeps dying. Pure, so it is tested without VS Code.

export interface CloseDecision {
  restart: boolean;
  /** Tell the user the server was restarted: the first time only. */
  notifyRestart: boolean;
  /** Tell the user the server was given up on. */
  notifyStopped: boolean;
}

export class RestartPolicy {
  private readonly closes: number[] = [];
  private told = false;

  /** At most `maxRestarts` restarts within `windowMs`. */
  constructor(private readonly maxRestarts = 5, private readonly windowMs = 3 * 60_000) {}

  closed(now: number): CloseDecision {
    this.closes.push(now);
    while (this.closes.length > 0 && now - this.closes[0] > this.windowMs) this.closes.shift();
    if (this.closes.length > this.maxRestarts) return { restart: false, notifyRestart: false, notifyStopped: true };
    const notifyRestart = !this.told;
    this.told = true;
    return { restart: true, notifyRestart, notifyStopped: false };
  }
}
