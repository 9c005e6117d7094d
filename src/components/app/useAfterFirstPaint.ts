/**
 * False on the first render, true once the browser has painted it: a view draws what matters first (the top of a
 * long list) and the rest a frame later, instead of making the person wait for all of it.
 */
import * as React from 'react';

export function useAfterFirstPaint(wanted = true): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => {
    if (!wanted || painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before its paint; the timer after them runs once it is on screen.
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setPainted(true), 0); });
    return () => { cancelAnimationFrame(frame); if (timer) clearTimeout(timer); };
  }, [wanted, painted]);
  return painted;
}
