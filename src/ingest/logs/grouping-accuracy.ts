/**
 * Grouping accuracy as the Loghub benchmark defines it: a line counts as correct iff the set of lines
 * that share its predicted group is exactly the set of lines that share its true group.
 */
export function groupingAccuracy(predicted: readonly string[], truth: readonly string[]): number {
  if (predicted.length !== truth.length) {
    throw new Error(`grouping accuracy: ${predicted.length} predictions for ${truth.length} labels`);
  }
  if (truth.length === 0) return 1;
  const members = (labels: readonly string[]): Map<string, number[]> => {
    const groups = new Map<string, number[]>();
    labels.forEach((label, i) => {
      const list = groups.get(label);
      if (list) list.push(i);
      else groups.set(label, [i]);
    });
    return groups;
  };
  const predictedGroups = members(predicted);
  const trueGroups = members(truth);
  let correct = 0;
  for (const lines of predictedGroups.values()) {
    // The group is right iff every member has the same true label and that label has no other lines.
    const label = truth[lines[0]!]!;
    if (lines.every((i) => truth[i] === label) && trueGroups.get(label)?.length === lines.length) {
      correct += lines.length;
    }
  }
  return correct / truth.length;
}
