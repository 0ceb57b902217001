// WCAG contrast, for tests that hold the canvas's colours to 3:1 on white.

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const contrastOnWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);
