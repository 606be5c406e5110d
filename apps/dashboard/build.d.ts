/** Types for build.js (plain CommonJS, so `node build.js` needs no compiler). */
export interface BuiltPage {
  /** URL of the page's entry script, under /assets/. */
  script: string;
  /** URLs of its stylesheets, under /assets/. */
  styles: string[];
}

export interface BuildOptions {
  /** Output directory (default: apps/dashboard/dist). It is emptied first. */
  outDir?: string;
  minify?: boolean;
  sourcemap?: boolean;
  logLevel?: 'verbose' | 'debug' | 'info' | 'warning' | 'error' | 'silent';
}

export declare const PAGES: { name: string; entry: string; title: string }[];
export declare function build(options?: BuildOptions): Promise<{ outDir: string; pages: Record<string, BuiltPage> }>;
