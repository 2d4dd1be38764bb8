/**
 * A round top for a chart's value axis with 1 to 5 whole steps between gridlines: each step is 1, 2
 * or 5 times a power of ten, and the top is the first step at or above `max`.
 */
export function axisSteps(max: number): { step: number; top: number } {
  if (!(max > 0)) return { step: 1, top: 1 };
  let magnitude = 1;
  for (;;) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      if (Math.ceil(max / step) <= 5) return { step, top: Math.ceil(max / step) * step };
    }
    magnitude *= 10;
  }
}
