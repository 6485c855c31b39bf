#include "FuzzNetwork.h"
#include "FuzzTargets.h"

#include "consent/ExportDocument.h"
#include "consent/RetailerApiClient.h"
#include "importing/JsonReader.h"
#include "importing/ValueNormaliser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <cstdio>
#include <cstdlib>

// Fuzzes what a retailer answers, as RetailerApiClient parses it. The input is a small
// text so the corpus stays readable:
//   <call> <status>\n            call: discover purposes consents put export token
//   Header-Name: value\n ...     then an empty line
//   body bytes
// Status 0 means no HTTP answer. The real client runs over FuzzNetwork (no socket), then
// the result goes where the app sends it (an export through ExportDocument and the JSON reader).
namespace {

QCoreApplication *ensureApplication()
{
    if (QCoreApplication::instance())
        return QCoreApplication::instance();
    static int argc = 1;
    static char name[] = "fuzz_api";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return &app;
}

struct Answer
{
    QByteArray call;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

bool parseAnswer(const QByteArray &input, Answer &out)
{
    qsizetype pos = input.indexOf('\n');
    if (pos < 0)
        return false;
    const QList<QByteArray> first = input.left(pos).split(' ');
    if (first.size() != 2)
        return false;
    out.call = first[0];
    bool ok = false;
    out.status = first[1].toInt(&ok);
    if (!ok || out.status < 0 || out.status > 999)
        return false;
    ++pos;
    while (pos < input.size()) {
        const qsizetype end = input.indexOf('\n', pos);
        const QByteArray line = input.mid(pos, end < 0 ? -1 : end - pos);
        pos = end < 0 ? input.size() : end + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    out.body = input.mid(pos);
    return true;
}

void readExportFiles(const QByteArray &body)
{
    auto files = ExportDocument::split(body);
    if (!files)
        return;
    ImportLimits limits;
    limits.readChunk = 4096;
    for (const Importer::DataFile &file : *files) {
        QByteArray content = file.content;
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        (void)JsonReader(&buffer, limits, [](const Record &record) {
            for (const RecordField &f : record)
                (void)ValueNormaliser::normalise(f.raw, f.path, f.isNumber);
            return true;
        }).read();
    }
}

} // namespace

namespace FuzzTargets {

int apiAnswer(const uint8_t *data, size_t size)
{
    ensureApplication();
    Answer answer;
    if (!parseAnswer(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), answer))
        return 0;

    FuzzNetwork network;
    network.setAnswer(answer.status, answer.headers, answer.body);
    RetailerApiClient client(&network);
    (void)client.setAddress(QStringLiteral("https://shop.example"));
    client.setAccessToken(QByteArrayLiteral("at_fuzz"));
    client.setMaxExportBytes(1 << 20);
    bool done = false;

    const QByteArray &call = answer.call;
    if (call == "discover") {
        client.discover([&](Result<RetailerApiClient::Discovery> r) {
            if (r)
                (void)r->apiBase.resolved(QUrl(QStringLiteral("purposes"))).toString();
            done = true;
        });
    } else if (call == "purposes") {
        client.fetchPurposes([&](Result<QList<RetailerPurpose>> r) {
            if (r) {
                for (const RetailerPurpose &p : *r) {
                    (void)p.title(QStringLiteral("nl"));
                    (void)p.isDirectMarketing();
                    (void)RetailerPurpose::fromJson(p.toJson());
                }
            }
            done = true;
        });
    } else if (call == "consents") {
        client.fetchConsents([&](Result<QList<RemoteConsent>> r) {
            (void)r;
            done = true;
        });
    } else if (call == "put") {
        const QJsonObject payload{{QStringLiteral("state"), QStringLiteral("given")},
                                  {QStringLiteral("channels"), QJsonArray{QStringLiteral("email")}},
                                  {QStringLiteral("decided_at"),
                                   QStringLiteral("2024-05-01T10:00:00Z")},
                                  {QStringLiteral("record_id"),
                                   QStringLiteral("3e1f9a52-0d2e-4d6f-9a43-5b7c2d1e0f11")}};
        client.putConsent(QStringLiteral("direct-marketing"),
                          QStringLiteral("5f0c6a0e-8d1b-4a57-b3a5-2f6de2a1c9b0"),
                          RetailerApiClient::putBody(payload),
                          [&](RetailerApiClient::PutOutcome) { done = true; });
    } else if (call == "export") {
        client.fetchExport([&](Result<QByteArray> r) {
            if (r)
                readExportFiles(*r);
            done = true;
        });
    } else if (call == "token") {
        client.postTokenRequest(QUrl(QStringLiteral("https://shop.example/oauth/token")),
                                QUrlQuery(QStringLiteral("grant_type=refresh_token")),
                                [&](Result<QJsonObject> r) {
                                    (void)r;
                                    done = true;
                                });
    } else {
        return 0;
    }
    // The reply finishes on the next turns of the event loop; a bounded number is plenty.
    for (int i = 0; i < 100 && !done; ++i)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (!done) {
        // The client never called back: in the app a sender would wait for ever.
        std::fputs("apiAnswer: the client did not call back\n", stderr);
        std::abort();
    }
    return 0;
}

} // namespace FuzzTargets
