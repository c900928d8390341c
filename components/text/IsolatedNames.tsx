/**
 * Names from the data, in a line of interface text: each in its own <bdi>,
 * so a name's direction (Arabic, or a stray right-to-left override in
 * hostile data) never reorders the labels and separators around it.
 */
import { Fragment } from 'react';

export function IsolatedNames({ names, separator }: { names: readonly string[]; separator: string }) {
  return (
    <>
      {names.map((name, index) => (
        <Fragment key={index}>
          {index > 0 && separator}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}
