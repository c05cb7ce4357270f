import type { BuildOptions } from 'esbuild';

export declare const BUILD_OPTIONS: BuildOptions & { outfile: string };
