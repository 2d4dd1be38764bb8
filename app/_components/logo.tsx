/** Kring's mark: a circle of people around a centre. Decorative, so hidden from screen readers. */
export function Logo({ size = 28 }: { size?: number }) {
  const dots = Array.from({ length: 6 }, (_, index) => {
    const angle = (index / 6) * Math.PI * 2 - Math.PI / 2;
    return { cx: 16 + Math.cos(angle) * 10, cy: 16 + Math.sin(angle) * 10 };
  });
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="10" fill="none" stroke="currentColor" strokeOpacity="0.35" strokeWidth="2" />
      {dots.map((dot) => (
        <circle key={`${dot.cx}-${dot.cy}`} cx={dot.cx} cy={dot.cy} r="3.2" fill="currentColor" />
      ))}
      <circle cx="16" cy="16" r="3.2" fill="var(--accent)" />
    </svg>
  );
}
