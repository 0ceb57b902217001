import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  estimateTextWidth,
  sceneToSvg,
  wrapLabel,
  type SceneEdge,
  type SceneNode,
  type TextStyle,
} from '../../../renderer/graph/svgWriter';

const TEXT: TextStyle = {
  fontSize: 12,
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
  fontWeight: 'normal',
  colour: '#1F2328',
  background: { colour: '#FFFFFF', opacity: 0.8, padding: 1 },
};

function aSceneNode(overrides: Partial<SceneNode> = {}): SceneNode {
  return {
    id: 'n1',
    shape: 'ellipse',
    x: 0,
    y: 0,
    width: 34,
    height: 34,
    fill: '#0072B2',
    fillOpacity: 1,
    border: { colour: '#FFFFFF', width: 2, dashed: false },
    opacity: 1,
    label: 'Alice',
    text: TEXT,
    labelGap: 8,
    labelMaxWidth: 120,
    outline: null,
    underlay: null,
    ...overrides,
  };
}

function aSceneEdge(overrides: Partial<SceneEdge> = {}): SceneEdge {
  return {
    id: 'e1',
    points: [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ],
    width: 2,
    colour: '#7A7A7A',
    opacity: 1,
    arrow: null,
    label: '',
    labelAt: { x: 50, y: 0 },
    labelAngle: 0,
    text: TEXT,
    ...overrides,
  };
}

const svgOf = (nodes: SceneNode[], edges: SceneEdge[] = [], background = 'white' as const) =>
  sceneToSvg({ nodes, edges }, { background });

describe('escapeXml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('drops characters XML cannot hold at all, keeping tabs, line breaks and emoji', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne\uFFFF 🙂 \uD800')).toBe('abc\td\ne 🙂 ');
  });
});

describe('wrapLabel', () => {
  const measure = estimateTextWidth;

  it('keeps a short label on one line', () => {
    expect(wrapLabel('Data panel', 120, TEXT, measure)).toEqual(['Data panel']);
  });

  it('breaks a long label at spaces to fit the width', () => {
    const lines = wrapLabel('Local Public Data Unit programme board', 120, TEXT, measure);

    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Local Public Data Unit programme board');
    for (const line of lines) expect(measure(line, TEXT)).toBeLessThanOrEqual(120);
  });

  it("keeps the label's own line breaks, and a word wider than the width whole", () => {
    expect(wrapLabel('One\nTwo', 120, TEXT, measure)).toEqual(['One', 'Two']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 50, TEXT, measure)).toEqual([
      'Supercalifragilisticexpialidocious',
    ]);
  });
});

describe('sceneToSvg', () => {
  it('writes a standalone SVG document framed around what is drawn', () => {
    const svg = svgOf([aSceneNode({ x: 100, y: 50 })]);

    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const [x = 0, y = 0, width = 0, height = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '')
      .split(' ')
      .map(Number);
    expect(x).toBeLessThan(100 - 17);
    expect(y).toBeLessThan(50 - 17);
    expect(x + width).toBeGreaterThan(100 + 17);
    // The label sits under the node, inside the frame.
    expect(y + height).toBeGreaterThan(50 + 17 + 8 + 12);
  });

  it('draws one shape per node, in its kind shape, fill and border', () => {
    const svg = svgOf([
      aSceneNode({ id: 'a', shape: 'round-rectangle', fill: 'rgb(213,94,0)' }),
      aSceneNode({
        id: 'b',
        shape: 'triangle',
        border: { colour: '#111', width: 2, dashed: true },
      }),
    ]);

    expect(svg.match(/class="node-shape"/g)).toHaveLength(2);
    expect(svg).toMatch(/<rect [^>]*rx="8" class="node-shape" fill="rgb\(213,94,0\)"/);
    expect(svg).toMatch(/<polygon points="0,-17 17,17 -17,17" class="node-shape"/);
    expect(svg).toMatch(/stroke-dasharray="6 4"/);
  });

  it('writes labels as escaped text, never as markup', () => {
    const svg = svgOf([aSceneNode({ label: '<script>alert(1)</script>&co' })]);

    expect(svg).not.toContain('<script');
    expect(svg).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;&amp;co</tspan>');
  });

  it('leaves out the label of a node with none, and fades a dimmed node', () => {
    const svg = svgOf([aSceneNode({ label: '', opacity: 0.15 })]);

    expect(svg).not.toContain('<text');
    expect(svg).toContain('<g class="node" data-id="n1" opacity="0.15">');
  });

  it('draws an arrowhead with its tip on the end point, and stops the line at its base', () => {
    const svg = svgOf([], [aSceneEdge({ arrow: { colour: '#7A7A7A', size: 30 } })]);

    expect(svg).toContain('<polygon class="arrow" points="100,0 91,4.5 91,-4.5" fill="#7A7A7A"/>');
    expect(svg).toContain('d="M0 0 L91 0"');
  });

  it('curves an edge through its control points as Cytoscape does', () => {
    const svg = svgOf(
      [],
      [
        aSceneEdge({
          points: [
            { x: 0, y: 0 },
            { x: 50, y: 40 },
            { x: 100, y: 0 },
          ],
        }),
      ],
    );

    expect(svg).toContain('d="M0 0 Q50 40 100 0"');
  });

  it('writes an edge label turned along the edge', () => {
    const svg = svgOf([], [aSceneEdge({ label: 'member of', labelAngle: Math.PI / 4 })]);

    expect(svg).toContain('transform="rotate(45 50 0)"');
    expect(svg).toContain('>member of</tspan>');
  });

  it('paints a white background unless asked for a transparent one', () => {
    expect(svgOf([aSceneNode()])).toContain('class="background"');
    expect(svgOf([aSceneNode()], [], 'transparent' as 'white')).not.toContain('class="background"');
  });

  it('names the document when given a title', () => {
    const svg = sceneToSvg({ nodes: [], edges: [] }, { background: 'white', title: 'A & B' });

    expect(svg).toContain('<title>A &amp; B</title>');
  });
});
