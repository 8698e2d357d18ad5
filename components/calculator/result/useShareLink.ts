/**
 * Making a share link: copied to the clipboard and kept for the read-only field. A link belongs to the
 * ratings it was made from; once they change, the old link is no longer offered.
 */
import { useState } from 'react';
import type { CalculatorModel } from '@lib/calculator/model';
import type { Person } from '@lib/assessment/people-format';

export function useShareLink(
  model: CalculatorModel,
  person: Person,
  inform: (text: string) => void,
  onMade: () => void,
) {
  const [made, setMade] = useState<{ url: string; of: Person } | null>(null);
  const [includeText, setIncludeText] = useState(false);
  // The encoder (and the clipboard helper) load when the first link is made.
  const urlFor = async (include: boolean) => {
    const { encodeShareLink } = await import('@lib/assessment/share-link');
    const fragment = encodeShareLink(model, person.raters, { includeText: include, name: person.name });
    return `${window.location.origin}${window.location.pathname}#${fragment}`;
  };
  const make = async () => {
    const url = await urlFor(includeText);
    setMade({ url, of: person });
    onMade();
    const { copyText } = await import('@lib/calculator/download-and-copy');
    inform(
      (await copyText(url))
        ? 'Share link copied. It is also in the field under the levels.'
        : 'Share link made: select it in the field under the levels and copy it.',
    );
  };
  return {
    url: made?.of === person ? made.url : '',
    includeText,
    make,
    setIncludeText: async (include: boolean) => {
      setIncludeText(include);
      if (made?.of === person) setMade({ url: await urlFor(include), of: person });
    },
  };
}
