// `npm run bench`: stage 1's benchmarks (benchmarks, not timed tests: nothing here fails on a slow machine).
//   npm run bench -- [rows] [--runs n] [--keep]     throughput and peak memory on N generated rows (scripts/bench/stage1-throughput.ts)
//   npm run bench -- releases [--method m] [--releases 12] [--seed n] [--out file.md] [--keep]
//                                                   12 monthly releases with churn, per disclosure method (scripts/bench/releases-benchmark.ts)
//   npm run bench -- boundary-match [--region 21.01]… [--out file.md]
//                                                   GADM shapes joined to all 514 kota/kabupaten: matched share per level (scripts/bench/boundary-match.ts)
//   npm run bench -- site-history [--releases 36] [--build-at 1,12,24,36] [--seed n] [--out file.md] [--keep]
//                                                   the site build after 1, 12, 24 and 36 monthly releases (scripts/bench/site-history.ts)
import { boundaryMatchBenchmark } from './bench/boundary-match.ts';
import { releasesBenchmark } from './bench/releases-benchmark.ts';
import { siteHistoryBenchmark } from './bench/site-history.ts';
import { throughputBenchmark } from './bench/stage1-throughput.ts';

const [first, ...rest] = process.argv.slice(2);
if (first === 'releases') process.exitCode = await releasesBenchmark(rest);
else if (first === 'boundary-match') process.exitCode = await boundaryMatchBenchmark(rest);
else if (first === 'site-history') process.exitCode = await siteHistoryBenchmark(rest);
else await throughputBenchmark(process.argv.slice(2));
