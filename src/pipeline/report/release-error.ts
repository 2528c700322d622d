/** Raised when the kept releases and this run cannot be put together; the message says what to do. */
export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}
