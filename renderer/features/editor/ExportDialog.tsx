// Export… : the map's data in the format a colleague's tool reads (optionally redacted), a
// picture of the canvas as it is drawn now (PNG at 1×–4×, or SVG), or a meeting pack (PDF) of
// what is shown. The pack keeps the dialog open while it is made, and says there if it fails.

import { useEffect, useRef, useState } from 'react';
import { FormDialog } from '../../components/FormDialog';
import { DATA_FORMATS, exportMapData, type DataFormat } from '../../data/exportFormats';
import { APP_VERSION } from '../../platform/appVersion';
import { useHost } from '../../platform/HostContext';
import { announce, errorMessage, reportError, reportFailure } from '../../state/notices';
import type { GraphCanvasHandle } from '../../graph/GraphCanvas';
import type { PrintOutcome } from '../../platform/host';
import { stakemapFileName } from '@shared/format';
import { exportMeetingPack } from './meetingPack/exportMeetingPack';

type PictureFormat = 'png' | 'svg';
type ExportChoice = DataFormat | PictureFormat | 'pack';

interface ExportDialogProps {
  mapId: string;
  mapName: string;
  graph: GraphCanvasHandle | null;
  /** The nodes the editor shows now, for the meeting pack; null when all are shown. */
  visibleIds: ReadonlySet<string> | null;
  onClose(): void;
}

const MEETING_PACK = {
  format: 'pack',
  label: 'Meeting pack (PDF)',
  description: 'The map as shown, with its stakeholders, key messages and open actions.',
} as const;

function packOutcomeMessage(outcome: PrintOutcome): string | null {
  switch (outcome.status) {
    case 'saved':
      return `Exported the meeting pack to ${outcome.where}.`;
    case 'print-dialog':
      return 'The meeting pack is in the print dialog: choose Save as PDF there to keep a copy.';
    case 'cancelled':
      return null;
  }
}

const PICTURES: ReadonlyArray<{ format: PictureFormat; label: string; description: string }> = [
  { format: 'png', label: 'Picture (PNG)', description: 'The map as drawn now, for slides.' },
  { format: 'svg', label: 'Picture (SVG)', description: 'Sharp at any size, for print.' },
];

function pictureName(mapName: string, extension: string): string {
  return stakemapFileName(mapName).replace(/\.stakemap\.json$/, `.${extension}`);
}

export function ExportDialog({ mapId, mapName, graph, visibleIds, onClose }: ExportDialogProps) {
  const host = useHost();
  const [choice, setChoice] = useState<ExportChoice>('stakemap');
  const [redacted, setRedacted] = useState(false);
  const [scale, setScale] = useState<1 | 2 | 3 | 4>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const isPicture = choice === 'png' || choice === 'svg';
  const [packing, setPacking] = useState(false);
  const [packProblem, setPackProblem] = useState<string | null>(null);
  // The user may close the dialog while the pack is made; a failure then goes to the notices.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

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

  // Stays open while the pack is made (a picture, a layout, a save dialog or the print dialog),
  // so the user sees it working and reads any failure where they asked.
  const savePack = () => {
    setPacking(true);
    setPackProblem(null);
    exportMeetingPack({ mapId, visibleIds, redacted, graph, host })
      .then((outcome) => {
        setPacking(false);
        onClose();
        const message = packOutcomeMessage(outcome);
        if (message) announce(message);
      })
      .catch((error: unknown) => {
        if (!mounted.current) {
          reportError('The meeting pack could not be made: nothing was saved.', [
            errorMessage(error),
          ]);
          return;
        }
        setPacking(false);
        setPackProblem(errorMessage(error));
      });
  };

  const submit = () => {
    if (choice === 'pack') {
      savePack();
      return;
    }
    onClose();
    const work = choice === 'png' || choice === 'svg' ? savePicture(choice) : saveData(choice);
    work.catch(reportFailure('The map could not be exported.'));
  };

  return (
    <FormDialog
      open
      title="Export"
      submitLabel={
        choice !== 'pack'
          ? 'Export'
          : packing
            ? 'Preparing the meeting pack…'
            : 'Export meeting pack (PDF)…'
      }
      busy={packing}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      onSubmit={submit}
    >
      <fieldset className="export-formats">
        <legend>Format</legend>
        {[...DATA_FORMATS, ...PICTURES, MEETING_PACK].map((option) => (
          <label key={option.format} className="export-format">
            <input
              type="radio"
              name="export-format"
              checked={choice === option.format}
              disabled={packing}
              onChange={() => {
                setChoice(option.format);
                setPackProblem(null);
              }}
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
            disabled={packing}
            onChange={(event) => setRedacted(event.target.checked)}
          />
          <span>
            Leave out private details (emails, phones, notes, contact log, do-not-contact people)
          </span>
        </label>
      )}
      {choice === 'pack' && (
        <p className="muted">
          {graph
            ? 'The picture shows the map as drawn now; the tables list what the filter shows.'
            : 'Only the Network view is drawn: open it first to put the map’s picture in the pack.'}
        </p>
      )}
      {choice === 'pack' && (
        <p role="status" className="muted">
          {packing ? 'Preparing the meeting pack…' : ''}
        </p>
      )}
      {packProblem !== null && (
        <div role="alert" className="notice-error">
          <p className="notice-error-title">The meeting pack could not be made.</p>
          <p>{packProblem}</p>
          <p>Nothing was saved. Try again, or export a picture and a spreadsheet instead.</p>
        </div>
      )}
    </FormDialog>
  );
}
