export type HugoMeasurement = {
  version: string;
  posts: number;
  pages: number;
  fullBuildMs: number[];
  medianMs: number;
  publishOneMs: number[];
  publishOneMedianMs: number;
  peakRssMb?: number;
  /** User + system CPU time of hugo, median; only where /usr/bin/time is installed. */
  cpuMedianMs?: number;
  publishOneCpuMedianMs?: number;
  issues: string[];
};

export function measureHugo(options: { postsDir: string; workDir?: string; runs?: number }): Promise<HugoMeasurement | undefined>;
