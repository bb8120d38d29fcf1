/**
 * Exports of a competition's applications, score sheets and results as CSV and XLSX, for
 * administrators; the scores CSV is what anyone recomputes the published ranking from
 * (docs/decisions/009-results-exports.md).
 */
@NullMarked
package kz.urpaq.results.export;

import org.jspecify.annotations.NullMarked;
