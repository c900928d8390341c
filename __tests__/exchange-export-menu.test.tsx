import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from '@/components/export/ExportMenu';
import { FORMAT_INFO } from '@/lib/exchange/formats';

describe('ExportMenu', () => {
  it('is a disclosure with one download link per format, each named and explained', async () => {
    const { container } = render(<ExportMenu />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    await userEvent.click(screen.getByText('Export'));
    expect(details.open).toBe(true);
    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(FORMAT_INFO.length);
    for (const [i, format] of FORMAT_INFO.entries()) {
      const link = within(items[i]!).getByRole('link', { name: format.label });
      expect(link).toHaveAttribute('href', `/export/${format.fileName}`);
      expect(link).toHaveAttribute('download', format.fileName);
      expect(items[i]).toHaveTextContent(format.description);
    }
  });

  it('prefixes the links for an app served below the site root', () => {
    render(<ExportMenu basePath="/athar" label="Download" />);
    expect(screen.getByText('Download').tagName).toBe('SUMMARY');
    expect(screen.getByRole('link', { name: 'Events (CSV)', hidden: true })).toHaveAttribute('href', '/athar/export/athar-events.csv');
  });
});
