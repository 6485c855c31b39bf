#include "PagesTestSupport.h"

#include "directory/RetailerStore.h"
#include "importing/Importer.h"

#include <QDir>

namespace PagesTestSupport {

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("ROER_TEST_DATA")).absoluteFilePath(QStringLiteral("../importing/fixtures/") + name);
}

qint64 addAndImport(Vault &vault, const QString &name, const QStringList &files)
{
    Retailer retailer;
    retailer.name = name;
    retailer.website = QStringLiteral("https://www.%1.nl").arg(name.toLower());
    retailer.privacyEmail = QStringLiteral("privacy@%1.nl").arg(name.toLower());
    Result<qint64> id = RetailerStore(vault).add(retailer);
    if (!id)
        return -1;
    if (!files.isEmpty()) {
        Importer importer(vault);
        if (!importer.run(*id, files))
            return -1;
    }
    return *id;
}

} // namespace PagesTestSupport
