// Real pointer gestures on a Cytoscape canvas (the app's or the baseline's), with the frame
// times the page saw while they ran: panning from an empty spot, wheel zoom at the middle, and
// dragging a node. Inputs are paced at about 60 a second, as a mouse or trackpad sends them.

import type { Page } from 'playwright-core';
import { probe, sleep } from './browser';
import type { Point } from './probe/probeApi';
import { percentile } from './stats';

const INPUT_INTERVAL_MS = 16;
const SETTLE_MS = 300;

export interface GestureFrames {
  /** Frame durations while the pointer was down or the wheel turning. */
  during: number[];
  /** ... including the tail after the release (saving a drag, say). */
  all: number[];
}

export interface GestureSummary {
  p95: number | null;
  max: number | null;
}

export function summarise(frames: GestureFrames): GestureSummary {
  return { p95: percentile(frames.during, 95), max: Math.max(0, ...frames.all) };
}

async function recordFrames(page: Page, gesture: () => Promise<void>, tailMs: number) {
  await sleep(SETTLE_MS);
  await probe(page, 'startFrames');
  await sleep(50);
  const started = await probe(page, 'now');
  await gesture();
  const released = await probe(page, 'now');
  await sleep(tailMs);
  const stamps = await probe(page, 'stopFrames');
  const durations = stamps.slice(1).map((stamp, index) => ({
    end: stamp,
    length: stamp - (stamps[index] ?? stamp),
  }));
  return {
    during: durations
      .filter(({ end }) => end > started && end <= released + 20)
      .map(({ length }) => length),
    all: durations.filter(({ end }) => end > started).map(({ length }) => length),
  };
}

async function pointerDrag(page: Page, from: Point, by: Point, steps: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(from.x + (by.x * step) / steps, from.y + (by.y * step) / steps);
    await sleep(INPUT_INTERVAL_MS);
  }
  await page.mouse.up();
}

/** Pans the view by dragging the background; null when no empty spot is in view. */
export async function pan(page: Page): Promise<GestureFrames | null> {
  const start = await probe(page, 'backgroundPoint');
  if (!start) return null;
  return recordFrames(page, () => pointerDrag(page, start, { x: 240, y: 160 }, 40), 300);
}

/** Ten wheel steps in, ten out, over the middle of the canvas. */
export async function wheelZoom(page: Page): Promise<GestureFrames | null> {
  const centre = await probe(page, 'canvasCentre');
  if (!centre) return null;
  await page.mouse.move(centre.x, centre.y);
  return recordFrames(
    page,
    async () => {
      for (let step = 0; step < 20; step += 1) {
        await page.mouse.wheel(0, step < 10 ? -60 : 60);
        await sleep(INPUT_INTERVAL_MS);
      }
    },
    300,
  );
}

/**
 * Drags the uncovered node nearest the middle. The tail is long enough to include what happens
 * on release (Stakemap saves the move and redraws from the stored records).
 */
export async function dragNode(page: Page): Promise<GestureFrames | null> {
  const target = await probe(page, 'nodeNearCentre');
  if (!target) return null;
  const before = await probe(page, 'nodePosition', target.id);
  const frames = await recordFrames(
    page,
    () => pointerDrag(page, target.point, { x: 120, y: 80 }, 30),
    800,
  );
  const after = await probe(page, 'nodePosition', target.id);
  if (before && after && before.x === after.x && before.y === after.y) {
    console.warn(`  drag: node ${target.id} did not move; the gesture missed it`);
    return null;
  }
  return frames;
}
