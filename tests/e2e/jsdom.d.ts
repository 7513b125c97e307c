// The suite uses jsdom only to read a real browser's markup; this is the part it needs.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: Document };
  }
}
