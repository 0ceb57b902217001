// Export… : the map's data in the format a colleague's tool reads (optionally redacted), or a
// picture of the canvas as it is drawn now (PNG at 1×–4×, or SVG).

import { useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import { DATA_FORMATS, exportMapData, type DataFormat } from '../../data/exportFormats';
import { APP_VERSION } from '../../platform/appVersion';
import { useHost } from '../../platform/HostContext';
import { announce, reportFailure } from '../../state/notices';
import type { GraphCanvasHandle } from '../../graph/GraphCanvas';
import { stakemapFileName } from '@shared/format';

type PictureFormat = 'png' | 'svg';
type ExportChoice = DataFormat | PictureFormat;

interface ExportDialogProps {
  mapId: string;
  mapName: string;
  graph: GraphCanvasHandle | null;
  onClose(): void;
}

const PICTURES: ReadonlyArray<{ format: PictureFormat; label: string; description: string }> = [
  { format: 'png', label: 'Picture (PNG)', description: 'The map as drawn now, for slides.' },
  { format: 'svg', label: 'Picture (SVG)', description: 'Sharp at any size, for print.' },
];

function pictureName(mapName: string, extension: string): string {
  return stakemapFileName(mapName).replace(/\.stakemap\.json$/, `.${extension}`);
}

export function ExportDialog({ mapId, mapName, graph, onClose }: ExportDialogProps) {
  const host = useHost();
  const [choice, setChoice] = useState<ExportChoice>('stakemap');
  const [redacted, setRedacted] = useState(false);
  const [scale, setScale] = useState<1 | 2 | 3 | 4>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const isPicture = choice === 'png' || choice === 'svg';

  const saveData = async (format: DataFormat) => {
    const files = await exportMapData(mapId, format, redacted, APP_VERSION);
    if (!files.ok) throw new Error(files.error);
    const saved: string[] = [];
    for (const file of files.value) {
      const outcome = await host.saveFile(file.name, file.contents, {
        description: file.description,
        extensions: [file.extension],
        mimeType: file.mimeType,
      });
      if (outcome.status === 'cancelled') break;
      saved.push(file.name);
    }
    if (saved.length > 0) announce(`Exported ${saved.join(' and ')}.`);
  };

  const savePicture = async (format: PictureFormat) => {
    if (!graph) throw new Error('Open the Network view to export a picture of it.');
    if (format === 'png') {
      const blob = await graph.exportPng({ scale, background, full: true });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const name = pictureName(mapName, 'png');
      const outcome = await host.saveFile(name, bytes, {
        description: 'PNG image',
        extensions: ['png'],
        mimeType: 'image/png',
      });
      if (outcome.status === 'saved') announce(`Exported ${name}.`);
      return;
    }
    const svg = await graph.exportSvg({ background, title: mapName });
    const name = pictureName(mapName, 'svg');
    const outcome = await host.saveFile(name, svg, {
      description: 'SVG image',
      extensions: ['svg'],
      mimeType: 'image/svg+xml',
    });
    if (outcome.status === 'saved') announce(`Exported ${name}.`);
  };

  const submit = () => {
    onClose();
    const work = choice === 'png' || choice === 'svg' ? savePicture(choice) : saveData(choice);
    work.catch(reportFailure('The map could not be exported.'));
  };

  return (
    <FormDialog
      open
      title="Export"
      submitLabel="Export"
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      onSubmit={submit}
    >
      <fieldset className="export-formats">
        <legend>Format</legend>
        {[...DATA_FORMATS, ...PICTURES].map((option) => (
          <label key={option.format} className="export-format">
            <input
              type="radio"
              name="export-format"
              checked={choice === option.format}
              onChange={() => setChoice(option.format)}
            />
            <span>
              <strong>{option.label}</strong>
              <span className="muted"> {option.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {isPicture ? (
        <div className="field-pair">
          {choice === 'png' && (
            <label className="field">
              <span>Size</span>
              <select
                value={scale}
                onChange={(event) => setScale(Number(event.target.value) as 1 | 2 | 3 | 4)}
              >
                <option value={1}>1× (screen)</option>
                <option value={2}>2× (slides)</option>
                <option value={3}>3×</option>
                <option value={4}>4× (print)</option>
              </select>
            </label>
          )}
          <label className="field">
            <span>Background</span>
            <select
              value={background}
              onChange={(event) =>
                setBackground(event.target.value === 'transparent' ? 'transparent' : 'white')
              }
            >
              <option value="white">White</option>
              <option value="transparent">Transparent</option>
            </select>
          </label>
        </div>
      ) : (
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={redacted}
            onChange={(event) => setRedacted(event.target.checked)}
          />
          <span>
            Leave out private details (emails, phones, notes, contact log, do-not-contact people)
          </span>
        </label>
      )}
    </FormDialog>
  );
}
