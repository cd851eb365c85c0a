/**
 * Request sizes. "Resource limits and performance optimization for Office Add-ins" (Excel add-ins): Excel on
 * the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). A request is JSON: every command carries its action and object path
 * (ids, names, the range's address) besides what it writes, and text is UTF-8, so a Chinese character is 3
 * bytes. Estimates here err on the large side, and a request is sent once the next command would pass
 * REQUEST_BYTES, well under the cap.
 */
export const REQUEST_BYTES = 4_000_000;

/** What a command costs before its payload: more than it takes on the wire (a few hundred bytes at most). */
export const COMMAND_BYTES = 400;

/** UTF-8 bytes of a string, counted without TextEncoder (old webviews). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The bytes of a value as JSON, how office.js sends a payload. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Bytes(JSON.stringify(value) ?? "");
}

/**
 * Splits a batch by size: room() is called before each command (or group) is queued, with its request and
 * response estimates, and sends what is queued first when the new one would not fit. Nothing is sent for a
 * batch that fits: a small run keeps its round trips.
 */
export class RequestBudget {
  private request = 0;
  private response = 0;
  /** Requests sent by room() so far. */
  sent = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number = REQUEST_BYTES,
  ) {}

  async room(requestBytes: number, responseBytes = 0): Promise<void> {
    const full = this.request + requestBytes > this.limit || this.response + responseBytes > this.limit;
    if (full && (this.request > 0 || this.response > 0)) {
      await this.context.sync();
      this.sent++;
      this.request = 0;
      this.response = 0;
    }
    this.request += requestBytes;
    this.response += responseBytes;
  }

  /** Sends what is queued, and starts afresh. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.request = 0;
    this.response = 0;
  }
}

/** What reading a cell's fill returns (colour, pattern and tints), at most. */
export const FILL_READ_BYTES = 300;
/**
 * What reading a note returns, as estimated: jixiao's block is a few hundred Chinese characters at 3 bytes
 * each, with the user's text around it.
 */
export const NOTE_READ_BYTES = 2_000;
