#include "FuzzTargets.h"

#include "importing/CsvReader.h"
#include "importing/JsonReader.h"
#include "importing/ValueNormaliser.h"
#include "importing/XmlRecordReader.h"
#include "importing/ZipArchive.h"
#include "importing/ZipEntryDevice.h"

#include <QBuffer>

namespace {

// Small limits so the fuzzer explores structure, not size.
ImportLimits fuzzLimits()
{
    ImportLimits l;
    l.maxEntryInflated = 8 << 20;
    l.maxTotalInflated = 32 << 20;
    l.maxLineBytes = 1 << 20;
    l.maxRecordBytes = 1 << 20;
    l.maxNestedZipBytes = 8 << 20;
    l.readChunk = 4096;
    return l;
}

bool consume(const Record &record)
{
    // Touch every value and run the normaliser over it, as the importer does.
    for (const RecordField &f : record)
        (void)ValueNormaliser::normalise(f.raw, f.path, f.isNumber);
    return true;
}

template<typename Reader>
void readDevice(QIODevice *device)
{
    (void)Reader(device, fuzzLimits(), consume).read();
}

void readZip(QIODevice *device, int depth, ZipBudget &budget)
{
    ZipArchive archive(device, fuzzLimits(), &budget);
    if (!archive.open())
        return;
    for (const ZipEntry &entry : archive.entries()) {
        auto opened = archive.openEntry(entry, QByteArrayLiteral("password"));
        if (!opened)
            continue;
        ZipEntryDevice *dev = opened->get();
        const QByteArray head = dev->peek(4);
        if (head.startsWith("PK") && depth < 2) {
            QByteArray inner = dev->read(8 << 20);
            QBuffer buffer(&inner);
            buffer.open(QIODevice::ReadOnly);
            readZip(&buffer, depth + 1, budget);
        } else if (head.startsWith('<')) {
            readDevice<XmlRecordReader>(dev);
        } else if (head.startsWith('{') || head.startsWith('[')) {
            readDevice<JsonReader>(dev);
        } else {
            readDevice<CsvReader>(dev);
        }
    }
}

} // namespace

namespace FuzzTargets {

int csv(const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    readDevice<CsvReader>(&buffer);
    return 0;
}

int json(const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    readDevice<JsonReader>(&buffer);
    return 0;
}

int xml(const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    readDevice<XmlRecordReader>(&buffer);
    return 0;
}

int normaliser(const uint8_t *data, size_t size)
{
    // "field name\n" then the value; a leading '#' marks a JSON number, as the JSON reader does.
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool isNumber = bytes.startsWith('#');
    if (isNumber)
        bytes.remove(0, 1);
    const qsizetype nl = bytes.indexOf('\n');
    const QString field = nl < 0 ? QString() : QString::fromUtf8(bytes.left(nl));
    const QByteArray value = nl < 0 ? bytes : bytes.mid(nl + 1);
    const NormalisedValue v = ValueNormaliser::normalise(QString::fromUtf8(value), field, isNumber);
    (void)ValueNormaliser::typeName(v.type);
    // The same bytes read as Latin-1: every code point below 256, other paths in the parser.
    (void)ValueNormaliser::normalise(QString::fromLatin1(value), field, isNumber);
    return 0;
}

int zip(const uint8_t *data, size_t size)
{
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ZipBudget budget;
    readZip(&buffer, 0, budget);
    return 0;
}

} // namespace FuzzTargets
