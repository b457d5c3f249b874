import { useEffect, useLayoutEffect } from 'react';

/** A layout effect in the browser, nothing on the server (where React 18 would warn). */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
