#pragma once

#include <QString>
#include <QStringList>

class Vault;

// Shared steps of the page tests and the screenshots: fixtures and a quick import.
namespace PagesTestSupport {
// Path of tests/importing/fixtures/<name> (ROER_TEST_DATA is the tests/ui folder).
QString fixture(const QString &name);
// Adds a retailer and imports `files` for it with the real importer; returns its id or -1.
qint64 addAndImport(Vault &vault, const QString &name, const QStringList &files);
// Writes an invented export with a location trail (enough points for the alert) into
// `directory` and returns its path. Test data only: nobody's real places.
QString writeLocationExport(const QString &directory);
// Writes an invented order history of `records` rows (five fields each: order id, date,
// product, e-mail address, postcode) into `directory` and returns its path. Large enough to
// make explaining take a while; the dates and addresses make the explainer read it twice.
QString writeLargeExport(const QString &directory, int records);
} // namespace PagesTestSupport
