// The summary to take home (issue 10), from the Overview's button to a real PDF read back with
// pdftotext: per shop the kinds of data, the customer's choice and whether it was sent, the
// open requests with their deadlines, in Dutch and English, and none of the customer's values.
#include "FileDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "OpenWindow.h"
#include "OverviewPage.h"
#include "PagesTestSupport.h"
#include "RequestsTestSupport.h"
#include "Style.h"
#include "SummaryButton.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"

#include "../consent/ConsentTestUtil.h"
#include "consent/ConsentStore.h"
#include "summary/CustomerSummary.h"
#include "summary/SummaryDocument.h"
#include "vault/VaultManager.h"

#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace UiTestSupport;

namespace {
// What the pages would show of the customer: the fixture's values and the saved details.
const QStringList kValues = {QStringLiteral("Jan Jansen"),
                             QStringLiteral("jan@example.org"),
                             QStringLiteral("2022-05-03"),
                             QStringLiteral("12,50"),
                             QStringLiteral("3,99"),
                             QStringLiteral("Centrum"),
                             QStringLiteral("Anna de Vries"),
                             QStringLiteral("Voorbeeldstraat"),
                             QStringLiteral("anna@example.invalid")};

QString pdfText(const QString &file)
{
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               {QStringLiteral("-layout"), file, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        return {};
    // NFKC: the PDF's "ff" ligature reads back as one character.
    return QString::fromUtf8(text.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}
} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    FakeClock m_clock;
    QTemporaryDir m_files; // the saved PDFs
    OpenWindow m_open;

    Vault &vault() { return m_open.vault(); }
    SummaryButton *button()
    {
        return m_open.window()->workspace()->overviewPage()->summaryButton();
    }

    // The summary as a PDF on disk, once the explanations are ready.
    QString savedPdf(const QString &name)
    {
        QString message;
        if (!QTest::qWaitFor([&] { return !button()->summaryHtml(&message).isEmpty(); }, 20000))
            return {};
        const QString file = m_files.filePath(name);
        FileDialog::setNextFileName(file);
        button()->savePdf();
        return QFile::exists(file) ? file : QString();
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings.path());
        qApp->setStyleSheet(Style::applicationStyleSheet());
    }

    void init()
    {
        // From a string: the QDateTime(…, Qt::UTC) constructor is deprecated in Qt 6.8.
        m_clock.set(QDateTime::fromString(QStringLiteral("2026-03-02T10:00:00Z"), Qt::ISODate));
        Clock::setInstance(&m_clock);
        QVERIFY(m_open.open(QStringLiteral("summary test passphrase")));
    }

    void cleanup()
    {
        m_open.close();
        Clock::setInstance(nullptr);
    }

    void hiddenWithoutShops()
    {
        m_open.window()->workspace()->showSection(WorkspaceView::Overview);
        QVERIFY(!button()->isVisible());
        // The document itself says so, should it be made anyway.
        auto summary = CustomerSummary::build(vault(), QStringLiteral("en"), QDate(2026, 3, 2), {});
        QVERIFY(summary);
        QVERIFY(SummaryDocument::html(*summary).contains(QStringLiteral("not added a shop")));
    }

    void pdfPerShopWithoutValues()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) not installed");
        const qint64 albert =
            PagesTestSupport::addAndImport(vault(), QStringLiteral("Albert"),
                                           {PagesTestSupport::fixture(
                                               QStringLiteral("supermarket-export.xml"))});
        QVERIFY(albert > 0);
        ConsentStore consents(vault());
        QVERIFY(consents.savePurposes(albert,
                                      {ConsentTestUtil::purpose(QStringLiteral("offers"),
                                                                QStringLiteral("consent"),
                                                                {QStringLiteral("email"),
                                                                 QStringLiteral("sms")})}));
        QVERIFY(consents.decide(
            ConsentTestUtil::request(albert, QStringLiteral("offers"), Consent::State::Withdrawn)));
        const qint64 blendle =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        const qint64 bol = PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"), {});
        const qint64 zeeman = PagesTestSupport::addAndImport(vault(), QStringLiteral("Zeeman"), {});
        QVERIFY(RequestsTestSupport::makeSampleRequests(vault(), blendle, bol, zeeman, albert,
                                                        m_clock.now()));
        // Added behind the page's back: it reads the vault again when it is shown.
        m_open.window()->workspace()->showSection(WorkspaceView::Settings);
        m_open.window()->workspace()->showSection(WorkspaceView::Overview);
        QTRY_VERIFY(button()->isVisible());

        const QString en = savedPdf(QStringLiteral("summary-en.pdf"));
        QVERIFY(!en.isEmpty());
        if (qEnvironmentVariableIsSet("ROER_KEEP_PDF"))
            QFile::copy(en, qEnvironmentVariable("ROER_KEEP_PDF") + QStringLiteral("/en.pdf"));
        QCOMPARE(m_open.window()->findChild<QLabel *>(QStringLiteral("summaryDone"))->text(),
                 QStringLiteral("Saved. Print it or keep it with your papers."));
        const QString body = pdfText(en);
        for (const char *expected :
             {"What shops know about you, and what you decided", "Albert", "Blendle", "Zeeman",
              "What you bought", "Offers and news", "Withdrawn", "To send by letter or e-mail",
              "The shop must answer by", "Roer has no data from this shop yet.",
              "How to change this later"})
            QVERIFY2(body.contains(QLatin1String(expected)), expected);
        for (const QString &value : kValues)
            QVERIFY2(!body.contains(value), qPrintable(value));

        m_open.languages()->setLanguage(QStringLiteral("nl"), false);
        const QString nl = savedPdf(QStringLiteral("samenvatting.pdf"));
        QVERIFY(!nl.isEmpty());
        if (qEnvironmentVariableIsSet("ROER_KEEP_PDF"))
            QFile::copy(nl, qEnvironmentVariable("ROER_KEEP_PDF") + QStringLiteral("/nl.pdf"));
        const QString tekst = pdfText(nl);
        for (const char *expected :
             {"Wat winkels over je weten, en wat je besloot", "Aanbiedingen en nieuws",
              "Wat je kocht", "Zo verander je dit later"})
            QVERIFY2(tekst.contains(QString::fromUtf8(expected)), expected);
        for (const QString &value : kValues)
            QVERIFY2(!tekst.contains(value), qPrintable(value));
    }

    void markupInAShopNameStaysText()
    {
        PagesTestSupport::addAndImport(vault(), QStringLiteral("<img src=x> & Co"), {});
        auto summary = CustomerSummary::build(vault(), QStringLiteral("en"), QDate(2026, 3, 2), {});
        QVERIFY(summary);
        const QString html = SummaryDocument::html(*summary);
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x&gt; &amp; Co")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
    }

    void unwritableFolderSaysSo()
    {
        PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"), {});
        m_open.window()->workspace()->showSection(WorkspaceView::Settings);
        m_open.window()->workspace()->showSection(WorkspaceView::Overview);
        QString message;
        QTRY_VERIFY(!button()->summaryHtml(&message).isEmpty());
        FileDialog::setNextFileName(QStringLiteral("/proc/roer/summary.pdf"));
        button()->savePdf();
        auto *error = m_open.window()->findChild<QLabel *>(QStringLiteral("overviewError"));
        QVERIFY(error);
        QVERIFY2(error->text().contains(QStringLiteral("could not")), qPrintable(error->text()));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/roer/summary.pdf")));
    }
};

QTEST_MAIN(TestSummary)
#include "TestSummary.moc"
