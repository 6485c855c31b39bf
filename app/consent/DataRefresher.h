#pragma once

#include "core/Result.h"
#include "importing/ImportSummary.h"

#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class RetailerAccounts;
class Vault;

// "Refresh my data" for a linked retailer: fetches GET /v1/export with the account's token
// (refreshed once when the retailer answers 401, then "link again"), checks and splits it
// (ExportDocument) and stores it as a new snapshot through Importer::runData, in memory only.
// Every failure leaves the vault as it was and comes back as one translated message.
// The import runs on the calling thread: the export is bounded in size (64 MiB) and the
// vault connection must not see another thread's transaction meanwhile (the outbox sender).
class DataRefresher : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Fetching, Importing };
    Q_ENUM(Stage)

    DataRefresher(Vault &vault, RetailerAccounts *accounts, QNetworkAccessManager *network,
                  QObject *parent = nullptr);

    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void setMaxExportBytes(qint64 bytes) { m_maxExportBytes = bytes; }
    void refresh(qint64 retailerId, std::function<void(Result<ImportSummary>)> done);
    bool isBusy() const { return m_busy; }

signals:
    void stageReached(DataRefresher::Stage stage);

private:
    void fetch(qint64 retailerId, bool retried, std::function<void(Result<ImportSummary>)> done);
    Result<ImportSummary> store(qint64 retailerId, const QByteArray &json);

    Vault &m_vault;
    RetailerAccounts *m_accounts;
    QNetworkAccessManager *m_network;
    std::optional<QSslConfiguration> m_ssl;
    qint64 m_maxExportBytes;
    bool m_busy = false;
};
