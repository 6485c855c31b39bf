#include "CliContext.h"
#include "Commands.h"
#include "directory/RetailerStore.h"
#include "explain/ExplanationJson.h"
#include "explain/RetailerExplainer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {

// The language for catalogue texts: the last --lang anywhere on the command line (before or
// after the command name), else the system's, as main() decides for tr() texts.
QString chosenLanguage()
{
    const QStringList args = QCoreApplication::arguments();
    QString language;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    if (language.isEmpty())
        language = QLocale::system().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                            : QStringLiteral("en");
    return language;
}

} // namespace

int runExplain(CliContext &context, const QStringList &arguments)
{
    QString retailerName;
    bool json = false;
    bool langAfterCommand = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--json")) {
            json = true;
        } else if ((a == QLatin1String("--retailer") || a == QLatin1String("--lang"))
                   && i + 1 < arguments.size()) {
            if (a == QLatin1String("--retailer"))
                retailerName = arguments.at(++i);
            else
                langAfterCommand = !arguments.at(++i).isEmpty();
        } else if (a.startsWith(QLatin1String("--retailer="))) {
            retailerName = a.mid(11);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            langAfterCommand = true;
        } else {
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for explain: %1").arg(a));
        }
    }
    const QString language = chosenLanguage();
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return CliContext::usage(QCoreApplication::translate("roer-cli", "--lang takes nl or en"));
    if (langAfterCommand) {
        // main() only saw options before the command name.
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/roer_%1.qm").arg(language)))
            QCoreApplication::installTranslator(translator);
    }
    if (retailerName.trimmed().isEmpty())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Say which retailer with --retailer NAME."));

    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    const auto retailer = RetailerStore(*vault).findByName(retailerName);
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    if (!retailer->has_value())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "There is no retailer called %1 in your vault.")
                .arg(retailerName));

    const auto explained =
        RetailerExplainer(*vault, language).explainLatest((*retailer)->id, (*retailer)->name);
    if (!explained)
        return CliContext::fail(explained.error().message);
    if (!explained->has_value())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "You have not imported any data from %1 yet.")
                .arg((*retailer)->name));
    const SnapshotExplanation &e = **explained;

    if (json) {
        CliContext::printJson(QJsonDocument(ExplanationJson::toJson(e)));
        return CliContext::Ok;
    }
    CliContext::printLine(e.headline);
    for (const QString &s : e.summary)
        CliContext::printLine(QStringLiteral("  - ") + s);
    if (!e.alerts.isEmpty()) {
        CliContext::printLine(QString());
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Pay attention:"));
        for (const ExplainAlert &a : e.alerts)
            CliContext::printLine(QStringLiteral("  ! ") + a.fullText());
    }
    CliContext::printLine(QString());
    for (const ExplainedField &f : e.fields) {
        CliContext::printLine(
            QStringLiteral("%1 \u203A %2: %3 (%4%)")
                .arg(f.dataFile, ExplanationJson::fieldPathInFile(f.path, f.dataFile), f.title)
                .arg(qRound(f.classification.confidence * 100)));
        CliContext::printLine(QStringLiteral("    ") + f.classification.reason);
        if (!f.purposes.isEmpty())
            CliContext::printLine(
                QStringLiteral("    ")
                + QCoreApplication::translate("roer-cli", "Why they probably have it: %1.")
                      .arg(f.purposes.join(QStringLiteral("; "))));
    }
    return CliContext::Ok;
}
