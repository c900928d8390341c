import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="page">
      <h1>Not found</h1>
      <p>
        There is no such page in this dataset. Ids change only when the data is edited; the <Link href="/actors">actors</Link>,{' '}
        <Link href="/events">events</Link> and <Link href="/sources">sources</Link> lists show what exists.
      </p>
      <p>
        <Link href="/">Back to the explorer</Link>
      </p>
    </main>
  );
}
