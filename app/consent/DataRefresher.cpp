#include "DataRefresher.h"

#include "ConsentStore.h"
#include "ExportDocument.h"
#include "RetailerAccounts.h"
#include "RetailerApiClient.h"
#include "core/Logging.h"
#include "importing/Importer.h"
#include "importing/SearchIndexer.h"

#include <QCoreApplication>
#include <QPointer>

namespace {
Error linkAgain()
{
    return Error::make(
        ErrorCode::Refused,
        QCoreApplication::translate(
            "Refresh",
            "Roer is no longer linked to your account at this retailer. Please link it again."));
}
} // namespace

DataRefresher::DataRefresher(Vault &vault, RetailerAccounts *accounts,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_vault(vault), m_accounts(accounts), m_network(network),
      m_maxExportBytes(RetailerApiClient::kDefaultMaxExportBytes)
{
}

void DataRefresher::refresh(qint64 retailerId, std::function<void(Result<ImportSummary>)> done)
{
    if (m_busy)
        return done(
            Error::make(ErrorCode::Generic,
                        QCoreApplication::translate("Refresh",
                                                    "Roer is already fetching your data.")));
    auto retailer = ConsentStore(m_vault).retailer(retailerId);
    if (!retailer)
        return done(retailer.error());
    if (!retailer->hasApi())
        return done(
            Error::make(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Refresh",
                                                    "This retailer has no Roer connection. Ask "
                                                    "them for your data and import the file.")));
    if (!m_accounts->isLinked(retailerId))
        return done(
            Error::make(ErrorCode::Refused,
                        QCoreApplication::translate("Refresh",
                                                    "Link your account at this retailer first.")));
    m_busy = true;
    emit stageReached(Stage::Fetching);
    fetch(retailerId, false, [this, done = std::move(done)](Result<ImportSummary> r) {
        m_busy = false;
        done(std::move(r));
    });
}

void DataRefresher::fetch(qint64 retailerId, bool retried,
                          std::function<void(Result<ImportSummary>)> done)
{
    QPointer<DataRefresher> self(this);
    m_accounts->accessToken(
        retailerId, retried, [self, retailerId, retried, done = std::move(done)](QByteArray token) {
            if (!self)
                return;
            if (token.isEmpty())
                return done(linkAgain());
            auto retailer = ConsentStore(self->m_vault).retailer(retailerId);
            if (!retailer)
                return done(retailer.error());
            auto *client = new RetailerApiClient(self->m_network, self);
            if (self->m_ssl)
                client->setSslConfiguration(*self->m_ssl);
            client->setMaxExportBytes(self->m_maxExportBytes);
            if (auto r = client->setAddress(retailer->apiBase); !r) {
                client->deleteLater();
                return done(r.error());
            }
            client->setAccessToken(token);
            client->fetchExport(
                [self, client, retailerId, retried, done](Result<QByteArray> answer) {
                    client->deleteLater();
                    if (!self)
                        return;
                    if (!answer) {
                        // 401/403: the access token may just have expired; refresh it once.
                        if (answer.error().code == ErrorCode::Refused && !retried) {
                            qCInfo(lcConsent) << "export refused; refreshing the token once";
                            return self->fetch(retailerId, true, done);
                        }
                        qCInfo(lcConsent) << "refresh failed; vault unchanged";
                        // The sender's texts promise another try; a refresh is only tried again by
                        // hand.
                        if (answer.error().code == ErrorCode::Network)
                            return done(Error::make(
                                ErrorCode::Network,
                                QCoreApplication::translate("Refresh",
                                                            "Roer could not get your data from the "
                                                            "retailer. Please try again later.")));
                        return done(answer.error());
                    }
                    emit self->stageReached(Stage::Importing);
                    done(self->store(retailerId, *answer));
                });
        });
}

Result<ImportSummary> DataRefresher::store(qint64 retailerId, const QByteArray &json)
{
    auto files = ExportDocument::split(json);
    if (!files)
        return files.error();
    QStringList names;
    for (const Importer::DataFile &f : std::as_const(*files))
        names.append(f.name);
    Importer importer(m_vault);
    auto summary =
        importer.runData(retailerId,
                         QStringLiteral("roer-export: ") + names.join(QStringLiteral(", ")),
                         *files);
    if (!summary)
        return summary;
    qCInfo(lcConsent) << "data refreshed:" << files->size() << "files," << summary->records
                      << "records";
    // An export is small (capped): make it searchable at once. If this fails the My data page
    // indexes what is left in small steps, so the refresh itself still counts.
    if (auto indexed = SearchIndexer(m_vault).run(); !indexed)
        qCWarning(lcConsent) << "search index after refresh not built, code"
                             << int(indexed.error().code);
    return summary;
}
