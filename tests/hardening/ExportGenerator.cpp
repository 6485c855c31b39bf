#include "ExportGenerator.h"

#include <QFile>
#include <QRandomGenerator>

namespace ExportGenerator {

qint64 writeOrders(const QString &path, qint64 bytes, quint32 seed)
{
    static const char *const products[] = {"Halfvolle melk 1L", "Volkorenbrood", "Koffiebonen 500g",
                                           "Appels Elstar 1kg", "Pindakaas",     "Waspoeder"};
    static const char *const cities[] = {"Utrecht", "Zwolle", "Groningen", "Delft", "Tilburg"};
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QRandomGenerator random(seed);
    QByteArray buffer;
    buffer.reserve(4 << 20);
    buffer += "[\n";
    qint64 written = 0;
    qint64 records = 0;
    while (written + buffer.size() < bytes) {
        const quint32 r = random.generate();
        if (records > 0)
            buffer += ",\n";
        buffer += "{\"order_id\":\"NL-" + QByteArray::number(10000000 + records)
            + "\",\"date\":\"2023-" + QByteArray::number(1 + r % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + (r >> 4) % 28).rightJustified(2, '0') + "T1"
            + QByteArray::number((r >> 9) % 10) + ":3" + QByteArray::number((r >> 13) % 10)
            + ":00Z\",\"product\":\"" + products[(r >> 17) % 6]
            + "\",\"quantity\":" + QByteArray::number(1 + (r >> 20) % 5) + ",\"total\":\""
            + QByteArray::number((r >> 3) % 90 + 1) + ',' + QByteArray::number((r >> 11) % 90 + 10)
            + "\",\"store\":\"" + cities[(r >> 23) % 5] + "\",\"customer_email\":\"klant"
            + QByteArray::number(records % 997) + "@example.org\"}";
        ++records;
        if (buffer.size() >= (4 << 20) - 512) {
            if (out.write(buffer) != buffer.size())
                return -1;
            written += buffer.size();
            buffer.clear();
        }
    }
    buffer += "\n]\n";
    if (out.write(buffer) != buffer.size() || !out.flush())
        return -1;
    return records;
}

} // namespace ExportGenerator
