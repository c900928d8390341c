import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Athar — event timeline and relationship explorer', template: '%s · Athar' },
  description:
    'Athar (أثر, "trace") models a diplomatic dialogue as dated events and actor relationships, each traced to the exact passage of its source article.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>
        <a className="visually-hidden" href="#main">Skip to content</a>
        <header className="site-header">
          <Link className="brand" href="/">
            Athar <span className="ar-inline" lang="ar">أثر</span>
          </Link>
          <nav aria-label="Site">
            <Link href="/">Explorer</Link>
            <Link href="/sources">Sources</Link>
            <Link href="/actors">Actors</Link>
            <Link href="/events">Events</Link>
          </nav>
        </header>
        {children}
      </body>
    </html>
  );
}
