import type { Metadata, Viewport } from 'next';
import { LanguageProvider } from '@/components/i18n/LanguageProvider';
import { SiteHeader } from '@/components/i18n/SiteHeader';
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
    // The language is in the URL, read in the browser: the early script may set lang and dir before React hydrates.
    <html lang="en" dir="ltr" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: sets <html dir> from ?lang= before the first paint (public/early-direction.js). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/early-direction.js" />
      </head>
      <body>
        <LanguageProvider>
          <SiteHeader />
          {children}
        </LanguageProvider>
      </body>
    </html>
  );
}
