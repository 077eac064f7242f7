import { memo } from 'react';
import { highlightSegments } from './highlight-segments';

export const markId = (directiveId: string): string => `directive-${directiveId}`;

/** The stored text, each directive's span a <mark> the directive list scrolls to; the pane scrolls by keyboard too. */
export const HighlightedText = memo(function HighlightedText({
  text,
  directives,
}: {
  text: string;
  directives: readonly { id: string; span: { start: number; end: number } | null }[];
}) {
  return (
    <div className="plan-text" tabIndex={0}>
      {highlightSegments(text, directives).map((segment) =>
        segment.directiveId === null ? (
          <span key={segment.start}>{segment.text}</span>
        ) : (
          <mark key={segment.start} id={markId(segment.directiveId)} tabIndex={-1} data-directive={segment.directiveId}>
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
});
