'use client';
/**
 * Download links for every exchange format: a disclosure (`<details>`) with
 * one labelled link and one line of explanation per format, in the reader's
 * language. Plain links with the `download` attribute: they work from `next start` and from the static export. The file list
 * comes from lib/exchange/formats.ts (names only, no serialisers), so it
 * adds nothing to the client bundle but a few strings.
 */
import { FORMAT_INFO } from '@/lib/exchange/formats';
import { useLang } from '@/components/i18n/lang-context';
import { EXPORT_STRINGS } from './strings';
import './export-menu.css';

export interface ExportMenuProps {
  /** Prefix of the download URLs, for an app served below the site root; '' by default. */
  basePath?: string;
  /** Summary text of the disclosure. */
  label?: string;
}

export function ExportMenu({ basePath = '', label }: ExportMenuProps) {
  const words = EXPORT_STRINGS[useLang()];
  return (
    <details className="export-menu">
      <summary>{label ?? words.menu}</summary>
      <div className="export-menu-panel">
        <p className="export-menu-intro" id="export-menu-intro">
          {words.intro}
        </p>
        <ul aria-describedby="export-menu-intro">
          {FORMAT_INFO.map((format) => (
            <li key={format.id}>
              <a href={`${basePath}/export/${format.fileName}`} download={format.fileName} type={format.mediaType.split(';')[0]}>
                {words.formats[format.id].label}
              </a>
              <span className="export-menu-description">{words.formats[format.id].description}</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export default ExportMenu;
