// Test helper for TestConsentCrash: commits decisions and sends them, and is killed with
// SIGKILL by the test at random moments. Not a product binary.
//   consent_crash_helper work VAULT_DIR COUNT   commit COUNT decisions while sending
//   consent_crash_helper drain VAULT_DIR        send until nothing is pending
// The vault key (hex) and the access token come from the environment
// (ROER_TEST_VAULT_KEY, ROER_TEST_ACCESS_TOKEN).
#include "consent/ConsentStore.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 1;
    const bool work = args.at(1) == QLatin1String("work");
    QByteArray hex = qgetenv("ROER_TEST_VAULT_KEY");
    QByteArray raw = QByteArray::fromHex(hex);
    const SecureBytes key = SecureBytes::takeFrom(raw);
    auto vault =
        Vault::open(args.at(2), key, CipherSettings::forLibraryMajor(Vault::linkedCipherMajor()),
                    Vault::keyCheckFor(key));
    if (!vault) {
        std::fprintf(stderr, "open failed\n");
        return 2;
    }
    Vault &v = **vault;
    const QByteArray token = qgetenv("ROER_TEST_ACCESS_TOKEN");
    QNetworkAccessManager network;
    OutboxSender sender(v, &network);
    sender.setBackoff(5, 50);
    sender.setMaxSleepMs(50);
    sender.setTokenFetcher(
        [token](qint64, bool, std::function<void(QByteArray)> done) { done(token); });

    ConsentStore store(v);
    const qint64 retailerId = 1;
    const QStringList purposes{QStringLiteral("direct-marketing"),
                               QStringLiteral("product-recommendations"),
                               QStringLiteral("store-visit-analytics")};
    const QStringList channels{QStringLiteral("email"), QStringLiteral("email"),
                               QStringLiteral("app")};
    const int count = work && args.size() > 3 ? args.at(3).toInt() : 0;
    int committed = 0;
    QTimer decider;
    QObject::connect(&decider, &QTimer::timeout, &app, [&]() {
        if (committed >= count) {
            decider.stop();
            return;
        }
        const int i = committed + int(QDateTime::currentMSecsSinceEpoch() % 3);
        DecisionRequest r;
        r.retailerId = retailerId;
        r.purposeId = purposes.at(i % 3);
        r.state = i % 2 ? Consent::State::Withdrawn : Consent::State::Given;
        if (r.state == Consent::State::Given)
            r.channels = {channels.at(i % 3)};
        r.method = QStringLiteral("roer-test");
        auto record = store.decide(r);
        if (!record) {
            std::fprintf(stderr, "decide failed\n");
            QCoreApplication::exit(2);
            return;
        }
        ++committed;
        // Printed only after the commit returned: the test checks each of these is in the vault.
        std::printf("committed %s\n", qPrintable(record->recordId));
        std::fflush(stdout);
    });
    QObject::connect(&sender, &OutboxSender::idle, &app, [&](int pending) {
        if (pending == 0 && committed >= count)
            QCoreApplication::exit(0);
    });
    // Started from inside the event loop, so an immediate "idle" can end it.
    QTimer::singleShot(0, &app, [&]() {
        if (work)
            decider.start(3);
        sender.start();
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
