// The client's policy when the language server dies.
import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../client/src/restart';

describe('restarting a language server that died', () => {
  it('restarts it, tells the user the first time only, and gives up (saying so) when it keeps dying', () => {
    const policy = new RestartPolicy(3, 60_000);
    expect(policy.closed(0)).toEqual({ restart: true, notifyRestart: true, notifyStopped: false });
    expect(policy.closed(1_000)).toEqual({ restart: true, notifyRestart: false, notifyStopped: false });
    expect(policy.closed(2_000)).toEqual({ restart: true, notifyRestart: false, notifyStopped: false });
    expect(policy.closed(3_000)).toEqual({ restart: false, notifyRestart: false, notifyStopped: true });
  });
  it('counts only the deaths within the window', () => {
    const policy = new RestartPolicy(2, 60_000);
    policy.closed(0);
    policy.closed(10_000);
    // The first two are over a minute old: this is a fresh start, and the user was told already.
    expect(policy.closed(75_000)).toEqual({ restart: true, notifyRestart: false, notifyStopped: false });
  });
});
