'use client';
import { createContext } from 'react';

/**
 * True inside a figure, which renders the stylesheet itself: its controls then do not render it
 * again (React 18 would keep both copies; React 19 would merge them anyway).
 */
export const InsideFigure = createContext(false);
