// Turns an SVG picture into PNG bytes by drawing it on a canvas, at twice its size so it stays
// sharp on a projector. Needs a real browser: jsdom and hardened windows have no 2D canvas.

export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const scale = 2;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw pictures, so it cannot make a PNG.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be turned into a PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
