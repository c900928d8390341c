import { LangLink } from '@/components/i18n/LangLink';
import { T } from '@/components/i18n/T';
import { RecordNotFoundHint } from '@/components/i18n/RecordNotFoundHint';

export default function NotFound() {
  return (
    <main id="main" className="page">
      <h1>
        <T k="notFoundTitle" />
      </h1>
      <p>
        <T k="notFoundText" />{' '}
        <LangLink href="/actors">
          <T k="navActors" />
        </LangLink>
        {' · '}
        <LangLink href="/events">
          <T k="navEvents" />
        </LangLink>
        {' · '}
        <LangLink href="/sources">
          <T k="navSources" />
        </LangLink>
      </p>
      <RecordNotFoundHint />
      <p>
        <LangLink href="/">
          <T k="backToExplorer" />
        </LangLink>
      </p>
    </main>
  );
}
