#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <zlib.h>

// Writes ZIP archives in memory for the tests, including hostile ones: lying sizes,
// unsafe names, links, overlapping entries, ZipCrypto encryption.
class ZipBuilder
{
public:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool deflate = true;
        bool symlink = false;
        QByteArray password;     // ZipCrypto when set
        qint64 claimedSize = -1; // lie about the uncompressed size
    };

    void add(const QString &name, const QByteArray &data, bool deflate = true)
    {
        m_entries.append(Entry{name, data, deflate, false, {}, -1});
    }
    void add(const Entry &entry) { m_entries.append(entry); }

    // `overlap`: the second entry's central record points at the first entry's data.
    QByteArray build(bool overlap = false) const
    {
        QByteArray out, cd;
        QList<quint32> offsets;
        for (const Entry &e : m_entries) {
            const quint32 crc = quint32(
                crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
            QByteArray payload = e.deflate ? deflateRaw(e.data) : e.data;
            quint16 flags = 0x800;
            if (!e.password.isEmpty()) {
                flags |= 1;
                payload = encrypt(payload, e.password, crc);
            }
            const QByteArray name = e.name.toUtf8();
            const quint32 size = quint32(e.claimedSize >= 0 ? e.claimedSize : e.data.size());
            offsets.append(quint32(out.size()));
            QByteArray local;
            put32(local, 0x04034b50);
            put16(local, 20);
            put16(local, flags);
            put16(local, e.deflate ? 8 : 0);
            put16(local, 0);
            put16(local, 0);
            put32(local, crc);
            put32(local, quint32(payload.size()));
            put32(local, size);
            put16(local, quint16(name.size()));
            put16(local, 0);
            const quint32 offset = overlap && !offsets.isEmpty() && offsets.size() == 2
                ? offsets[0]
                : quint32(out.size());
            out += local + name + payload;
            put32(cd, 0x02014b50);
            put16(cd, quint16((3 << 8) | 20));
            put16(cd, 20);
            put16(cd, flags);
            put16(cd, e.deflate ? 8 : 0);
            put16(cd, 0);
            put16(cd, 0);
            put32(cd, crc);
            put32(cd, quint32(payload.size()));
            put32(cd, size);
            put16(cd, quint16(name.size()));
            put16(cd, 0);
            put16(cd, 0);
            put16(cd, 0);
            put16(cd, 0);
            put32(cd, e.symlink ? (0120777u << 16) : (0100644u << 16));
            put32(cd, offset);
            cd += name;
        }
        QByteArray end;
        put32(end, 0x06054b50);
        put16(end, 0);
        put16(end, 0);
        put16(end, quint16(m_entries.size()));
        put16(end, quint16(m_entries.size()));
        put32(end, quint32(cd.size()));
        put32(end, quint32(out.size()));
        put16(end, 0);
        return out + cd + end;
    }

    static QByteArray deflateRaw(const QByteArray &data)
    {
        z_stream zs{};
        deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
        QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        zs.avail_in = uInt(data.size());
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = uInt(out.size());
        deflate(&zs, Z_FINISH);
        out.resize(qsizetype(zs.total_out));
        deflateEnd(&zs);
        return out;
    }

private:
    static void put16(QByteArray &b, quint16 v) { b.append(reinterpret_cast<const char *>(&v), 2); }
    static void put32(QByteArray &b, quint32 v) { b.append(reinterpret_cast<const char *>(&v), 4); }

    static QByteArray encrypt(const QByteArray &payload, const QByteArray &password, quint32 crc)
    {
        const z_crc_t *table = get_crc_table();
        quint32 k[3] = {305419896, 591751049, 878082192};
        auto update = [&](uchar c) {
            k[0] = table[(k[0] ^ c) & 0xFF] ^ (k[0] >> 8);
            k[1] = (k[1] + (k[0] & 0xFF)) * 134775813 + 1;
            k[2] = table[(k[2] ^ uchar(k[1] >> 24)) & 0xFF] ^ (k[2] >> 8);
        };
        for (char c : password)
            update(uchar(c));
        QByteArray plain(11, 'x');
        plain.append(char(crc >> 24));
        plain += payload;
        QByteArray out(plain.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const quint32 t = (k[2] & 0xFFFF) | 2;
            out[i] = char(uchar(plain[i]) ^ uchar((t * (t ^ 1)) >> 8));
            update(uchar(plain[i]));
        }
        return out;
    }

    QList<Entry> m_entries;
};
