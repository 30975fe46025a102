/** The part of LSP's CancellationToken the providers read. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const notCancelled: Cancellation = { isCancellationRequested: false };
