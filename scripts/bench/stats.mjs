// Small statistics for the bench: medians, percentiles and a least-squares line.

export function median(values) {
  return percentile(values, 50);
}

/** Linear interpolation between closest ranks, so p50 of an even count is the usual median. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/**
 * y = intercept + slope * x, fitted by Theil-Sen (the median of the slopes between all pairs of
 * points): one late tick from a busy moment barely moves it, where least squares would tilt.
 */
export function robustLine(xs, ys) {
  const slopes = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
    }
  }
  const slope = slopes.length > 0 ? median(slopes) : 0;
  const intercept = median(ys.map((y, i) => y - slope * xs[i]));
  // The slope's standard error, as least squares would give it from these residuals.
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const spread = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  const residuals = ys.reduce((sum, y, i) => sum + (y - intercept - slope * xs[i]) ** 2, 0);
  const slopeError = Math.sqrt(residuals / Math.max(1, xs.length - 2) / spread);
  return { slope, intercept, slopeError };
}

export const MiB = 1024 * 1024;
