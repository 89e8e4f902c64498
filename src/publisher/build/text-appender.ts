import { appendFileSync } from 'node:fs';

/** Appends text to a file through a bounded in-memory buffer. */
export class TextAppender {
  private parts: string[] = [];
  private size = 0;

  constructor(
    readonly path: string,
    private readonly bufferChars = 1 << 20,
  ) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.bufferChars) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    appendFileSync(this.path, this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
  }
}
