// addons-linter ships no types; this is the part of its API the suite uses.
declare module 'addons-linter' {
  interface LinterMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  interface LinterResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
      run(): Promise<LinterResult>;
    };
  };
  export default linter;
}
