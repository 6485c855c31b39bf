#include "PagesTestSupport.h"

#include "directory/RetailerStore.h"
#include "importing/Importer.h"

#include <QDir>
#include <QFile>

namespace PagesTestSupport {

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("ROER_TEST_DATA"))
        .absoluteFilePath(QStringLiteral("../importing/fixtures/") + name);
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

QString writeLocationExport(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("Locatiegeschiedenis.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("Datum,Latitude,Longitude\n");
    for (int i = 0; i < 24; ++i)
        file.write(QStringLiteral("2024-03-%1,52.%2,4.%3\n")
                       .arg(i + 1, 2, 10, QLatin1Char('0'))
                       .arg(3600 + i * 7)
                       .arg(8800 + i * 5)
                       .toUtf8());
    return path;
}

QString writeLargeExport(const QString &directory, int records)
{
    static const char *const products[] = {"Koffiebonen 1 kg", "Fietsbel", "Theedoek",
                                           "Hagelslag puur", "Wollen sokken"};
    const QString path = QDir(directory).filePath(QStringLiteral("Bestellingen.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("Order ID,Order Date,Product,Email,Postcode\n");
    QByteArray chunk;
    for (int i = 0; i < records; ++i) {
        chunk += "NL-" + QByteArray::number(10000000 + i) + ",20" + QByteArray::number(10 + i % 14)
            + "-" + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "," + products[i % 5]
            + ",klant" + QByteArray::number(i % 40) + "@example.org,"
            + QByteArray::number(1000 + i % 8999) + " AB\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

} // namespace PagesTestSupport
