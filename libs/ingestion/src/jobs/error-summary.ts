/** What an unexpected error says, for ExtractionFailed (retryable failures keep their message for operators). */
export const errorSummary = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
