/**
 * Trim, drop empties and de-duplicate case-insensitively, keeping the first spelling and the
 * order given, so "SEO, seo , Launch" becomes ["SEO", "Launch"]. Comparison is on NFC so an
 * accent typed as one or two code points counts as the same label.
 */
export const normalizeLabels = (labels: readonly string[]): string[] => {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    const key = label.normalize('NFC').toLowerCase();
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(label);
  }
  return result;
};
