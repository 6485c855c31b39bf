#include "KeychainSplit.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {
const QByteArray kMagic = QByteArrayLiteral("roer-keychain-split-v1\n");

QByteArray sha256(const SecureBytes &bytes)
{
    return QCryptographicHash::hash(QByteArrayView(bytes.constChar(), qsizetype(bytes.size())),
                                    QCryptographicHash::Sha256)
        .toHex();
}
} // namespace

bool KeychainSplit::needsSplit(const SecureBytes &secret)
{
    return qsizetype(secret.size()) > kMaxEntryBytes
        || QByteArrayView(secret.constChar(), qsizetype(secret.size())).startsWith(kMagic);
}

QString KeychainSplit::partAccount(const QString &account, const QString &generation, int part)
{
    return QStringLiteral("%1.part-%2-%3").arg(account, generation).arg(part);
}

QString KeychainSplit::newGeneration()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

int KeychainSplit::partCount(const SecureBytes &secret)
{
    return int((qsizetype(secret.size()) + kMaxEntryBytes - 1) / kMaxEntryBytes);
}

QByteArray KeychainSplit::manifestFor(const SecureBytes &secret, const QString &generation)
{
    return kMagic + generation.toLatin1() + '\n' + QByteArray::number(partCount(secret)) + '\n'
        + sha256(secret) + '\n';
}

SecureBytes KeychainSplit::part(const SecureBytes &secret, int n)
{
    const qsizetype from = qsizetype(n) * kMaxEntryBytes;
    const qsizetype size = std::min(kMaxEntryBytes, qsizetype(secret.size()) - from);
    return size > 0 ? SecureBytes(secret.data() + from, std::size_t(size)) : SecureBytes();
}

std::optional<KeychainSplit::Manifest> KeychainSplit::parseManifest(const QByteArray &entry)
{
    if (!entry.startsWith(kMagic))
        return std::nullopt;
    const QList<QByteArray> lines = entry.mid(kMagic.size()).split('\n');
    if (lines.size() < 3)
        return Manifest{}; // a damaged manifest: zero parts, which never matches
    Manifest m;
    m.generation = QString::fromLatin1(lines[0]);
    bool ok = false;
    m.parts = lines[1].toInt(&ok);
    if (!ok || m.parts < 1 || m.parts > kMaxParts || m.generation.isEmpty()
        || m.generation.size() > 16)
        return Manifest{};
    m.sha256 = lines[2];
    return m;
}

bool KeychainSplit::matches(const Manifest &manifest, const SecureBytes &whole)
{
    return manifest.parts > 0 && sha256(whole) == manifest.sha256;
}
