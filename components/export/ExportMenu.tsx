/**
 * Download links for every exchange format: a disclosure (`<details>`) with
 * one labelled link and one line of explanation per format. Plain links with
 * the `download` attribute, no script: it works in a server or a client
 * component, from `next start` and from the static export. The file list
 * comes from lib/exchange/formats.ts (names only, no serialisers), so it
 * adds nothing to the client bundle but a few strings.
 */
import { FORMAT_INFO } from '@/lib/exchange/formats';
import './export-menu.css';

export interface ExportMenuProps {
  /** Prefix of the download URLs, for an app served below the site root; '' by default. */
  basePath?: string;
  /** Summary text of the disclosure. */
  label?: string;
}

export function ExportMenu({ basePath = '', label = 'Export' }: ExportMenuProps) {
  return (
    <details className="export-menu">
      <summary>{label}</summary>
      <div className="export-menu-panel">
        <p className="export-menu-intro" id="export-menu-intro">
          Download the whole dataset, not the current view. Every file keeps the Arabic passages.
        </p>
        <ul aria-describedby="export-menu-intro">
          {FORMAT_INFO.map((format) => (
            <li key={format.id}>
              <a href={`${basePath}/export/${format.fileName}`} download={format.fileName} type={format.mediaType.split(';')[0]}>
                {format.label}
              </a>
              <span className="export-menu-description">{format.description}</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export default ExportMenu;
