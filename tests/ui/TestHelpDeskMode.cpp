// Help-desk mode with real widgets, a real vault, a real import and real requests: no value of
// the customer's data in any page's text, item model or accessible text while it is on; one
// value revealed and hidden again (timer and focus loss); the clipboard cleared and marked
// concealed; the switch remembered per vault; the band's one-click way out; large text.
#include "DataTreeModel.h"
#include "HelpDeskMode.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MyDataPage.h"
#include "NewRequestDialog.h"
#include "PagesTestSupport.h"
#include "RequestLetterDialog.h"
#include "RequestsPage.h"
#include "RequestsTestSupport.h"
#include "SecretClipboard.h"
#include "Style.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"

#include "../consent/ConsentTestUtil.h"
#include "requests/RequestStore.h"
#include "vault/VaultManager.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

#include <memory>

using namespace UiTestSupport;

namespace {

// Every text a person or a screen reader can get from `root`: labels, buttons, fields, item
// models (all text roles, all rows), tool tips, titles and the accessibility tree.
QStringList allTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        out << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription()
            << w->statusTip() << w->whatsThis();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->displayText();
        if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            out << e->toPlainText();
        if (auto *e = qobject_cast<QTextEdit *>(w))
            out << e->toPlainText();
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                const QAbstractItemModel *m = v->model();
                for (int r = 0; r < m->rowCount(parent); ++r)
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        for (int role :
                             {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                              int(Qt::StatusTipRole), int(Qt::WhatsThisRole),
                              int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole)})
                            out << i.data(role).toString();
                        for (int role = Qt::UserRole; role < Qt::UserRole + 12; ++role)
                            out << i.data(role).toString();
                        if (c == 0)
                            walk(i);
                    }
            };
            walk({});
        }
        if (w->isVisible())
            if (QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w))
                for (auto t : {QAccessible::Name, QAccessible::Description, QAccessible::Value,
                               QAccessible::Help})
                    out << a->text(t);
    }
    out.removeAll(QString());
    return out;
}

QStringList leaks(const QStringList &texts, const QStringList &values)
{
    QStringList found;
    for (const QString &v : values)
        for (const QString &t : texts)
            if (t.contains(v)) {
                found << QStringLiteral("%1 in \"%2\"").arg(v, t.left(120));
                break;
            }
    return found;
}

} // namespace

class TestHelpDeskMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultManager> m_manager;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_albert = -1;
    QStringList m_values; // every value of the customer's data that the pages may show

    Vault &vault() { return *m_manager->vault(); }
    WorkspaceView *workspace() { return m_window->workspace(); }
    HelpDeskMode &mode() { return HelpDeskMode::instance(); }

    // My data with every value of every field read in (the tree reads them lazily).
    DataTreeModel *loadedModel()
    {
        workspace()->showSection(WorkspaceView::MyData);
        DataTreeModel *model = workspace()->myDataPage()->model();
        if (!QTest::qWaitFor([&] { return model->rowCount() >= 2; }, 20000))
            return nullptr;
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex category = model->index(c, 0);
            for (int f = 0; f < model->rowCount(category); ++f) {
                const QModelIndex field = model->index(f, 0, category);
                while (model->canFetchMore(field))
                    model->fetchMore(field);
            }
        }
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("dataTree"));
        tree->expandAll();
        return model;
    }

    QModelIndex firstValue(DataTreeModel *model, QString *raw = nullptr)
    {
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex category = model->index(c, 0);
            for (int f = 0; f < model->rowCount(category); ++f) {
                const QModelIndex field = model->index(f, 0, category);
                if (model->rowCount(field) > 0) {
                    const QModelIndex v = model->index(0, 0, field);
                    if (raw) {
                        const bool was = model->valuesMasked();
                        const bool kinds = model->kindsOnly();
                        model->setKindsOnly(false);
                        model->setValuesMasked(false);
                        *raw = v.data().toString();
                        model->setValuesMasked(was);
                        model->setKindsOnly(kinds);
                    }
                    return v;
                }
            }
        }
        return {};
    }

    // Each page in turn, each request opened, and every text of the window gathered.
    QStringList everyPage()
    {
        QStringList texts;
        for (int s = 0; s < WorkspaceView::SectionCount; ++s) {
            workspace()->showSection(WorkspaceView::Section(s));
            QTest::qWait(50);
            if (s == WorkspaceView::MyData)
                loadedModel();
            if (s == WorkspaceView::Requests) {
                auto *list = m_window->findChild<QListWidget *>(QStringLiteral("requestList"));
                for (int r = 0; list && r < list->count(); ++r) {
                    list->setCurrentRow(r);
                    QTest::qWait(20);
                    texts += allTexts(m_window.get());
                }
            }
            texts += allTexts(m_window.get());
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings.path());
        qApp->setStyleSheet(Style::applicationStyleSheet());
        QAccessible::setActive(true);
    }

    void init()
    {
        m_clock.set(QDateTime::currentDateTimeUtc());
        Clock::setInstance(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        m_manager = std::make_unique<VaultManager>(m_dir->filePath(QStringLiteral("vault")));
        QVERIFY(m_manager->createWithPassphrase(QStringLiteral("help desk test passphrase")));
        QVERIFY(m_manager->confirmRecoveryCode());
        m_languages = std::make_unique<LanguageManager>();
        useBuildTranslations(*m_languages);
        m_languages->setLanguage(QStringLiteral("en"), false);
        m_albert = PagesTestSupport::addAndImport(vault(), QStringLiteral("Albert"),
                                                  {PagesTestSupport::fixture(
                                                      QStringLiteral("supermarket-export.xml"))});
        QVERIFY(m_albert > 0);
        const qint64 blendle =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        const qint64 bol = PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"), {});
        const qint64 zeeman = PagesTestSupport::addAndImport(vault(), QStringLiteral("Zeeman"), {});
        QVERIFY(RequestsTestSupport::makeSampleRequests(vault(), blendle, bol, zeeman, m_albert,
                                                        m_clock.now()));
        Clock::setInstance(&m_clock);
        m_window = std::make_unique<MainWindow>(m_manager.get(), m_languages.get());
        m_window->resize(1100, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        mode().setOn(false);
        mode().setRevealMs(HelpDeskMode::kRevealMs);
        m_manager->lock();
        m_window.reset();
        m_languages.reset();
        m_manager.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
    }

    void noValueOnAnyPage()
    {
        // The values, read with help-desk mode off and "Show values" on.
        DataTreeModel *model = loadedModel();
        QVERIFY(model);
        model->setValuesMasked(false);
        m_values.clear();
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (model->isValueRow(i)) {
                    const QString v = i.data().toString().trimmed();
                    // Short values ("1", "ja") are in ordinary words too; they say nothing.
                    if (v.size() >= 5)
                        m_values << v;
                }
                collect(i);
            }
        };
        collect({});
        m_values << QStringLiteral("Anna de Vries") << QStringLiteral("Voorbeeldstraat 1")
                 << QStringLiteral("anna@example.invalid")
                 << QStringLiteral("Kerkstraat 1, Utrecht")
                 << QStringLiteral("Kerkstraat 10, Utrecht");
        m_values.removeDuplicates();
        QVERIFY2(m_values.size() >= 8, qPrintable(m_values.join(QLatin1String(" | "))));
        QVERIFY(m_values.contains(QStringLiteral("jan@example.org")));

        // The check can see a value: without help-desk mode the pages show them.
        QVERIFY(!leaks(everyPage(), m_values).isEmpty());
        model->setValuesMasked(true);

        // Switched on at the band's level: every page, both languages.
        mode().setOn(true);
        auto *band = m_window->findChild<QWidget *>(QStringLiteral("helpDeskBand"));
        QVERIFY(band && band->isVisible());
        for (const char *code : {"en", "nl"}) {
            const QString lang = QLatin1String(code);
            m_languages->setLanguage(lang, false);
            const QStringList found = leaks(everyPage(), m_values);
            QVERIFY2(found.isEmpty(),
                     qPrintable(lang + QLatin1String(": ") + found.join(QLatin1String("; "))));
        }
        m_languages->setLanguage(QStringLiteral("en"), false);
        // In its place: the kind of each value.
        const QStringList texts = allTexts(m_window.get());
        QVERIFY(texts.contains(QStringLiteral("an e-mail address")));

        // The letter on screen names kinds; the request form shows no saved detail.
        workspace()->showSection(WorkspaceView::Requests);
        const auto requests = RequestStore(vault()).list().value();
        QVERIFY(!requests.isEmpty());
        RequestLetterDialog letter(vault(), requests.first(), RequestLetterDialog::Kind::Request,
                                   m_window.get());
        letter.show();
        QStringList found = leaks(allTexts(&letter), m_values);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String("; "))));
        QVERIFY(letter.findChild<QPlainTextEdit *>(QStringLiteral("letterText"))
                    ->toPlainText()
                    .contains(QLatin1String("[a name]")));
        NewRequestDialog form(vault(), QStringLiteral("en"), m_window.get());
        form.show();
        found = leaks(allTexts(&form), m_values);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String("; "))));

        // One click on the band and the values are the customer's again.
        QTest::mouseClick(band->findChild<QPushButton *>(QStringLiteral("leaveHelpDesk")),
                          Qt::LeftButton);
        QVERIFY(!mode().isOn());
        QVERIFY(!band->isVisible());
    }

    void oneValueRevealedHidesAgain()
    {
        DataTreeModel *model = loadedModel();
        QVERIFY(model);
        mode().setOn(true);
        mode().setRevealMs(300);
        QString raw;
        const QModelIndex value = firstValue(model, &raw);
        QVERIFY(value.isValid() && !raw.isEmpty());
        const QString kind = value.data().toString();
        QVERIFY(kind != raw);
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("dataTree"));
        tree->setCurrentIndex(
            static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(value));
        auto *show = m_window->findChild<QPushButton *>(QStringLiteral("showValuesButton"));
        QCOMPARE(show->text(), QStringLiteral("S&how this value"));
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(value.data().toString(), raw);
        // Only that one: the next value (if any) keeps its kind.
        if (model->rowCount(value.parent()) > 1)
            QVERIFY(model->index(1, 0, value.parent()).data().toString() != raw);
        // The timer hides it (a short reveal for the test; 30 seconds in the app).
        QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), kind, 3000);
        QVERIFY(!show->isChecked());

        // Another window gets the focus: hidden at once, long before the timer.
        mode().setRevealMs(HelpDeskMode::kRevealMs);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(value.data().toString(), raw);
        QWidget other;
        other.resize(200, 100);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QTRY_COMPARE_WITH_TIMEOUT(value.data().toString(), kind, 2000);

        // Without a value chosen, the button says what to do.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(!show->isChecked());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("myDataError"))
                    ->text()
                    .contains(QLatin1String("Choose one value")));
    }

    void clipboardIsConcealedAndCleared()
    {
        mode().setOn(true);
        QCOMPARE(SecretClipboard::clearDelayMs(), HelpDeskMode::kClipboardMs);
        SecretClipboard::setClearDelayMs(300);
        SecretClipboard::copy(QStringLiteral("anna@example.invalid"));
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), QStringLiteral("anna@example.invalid"));
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
        SecretClipboard::setClearDelayMs(SecretClipboard::kDefaultClearMs);
        mode().setOn(false);
        QCOMPARE(SecretClipboard::clearDelayMs(), SecretClipboard::kDefaultClearMs);
    }

    void rememberedPerVault()
    {
        const QString vaultA = m_manager->directory();
        const QString vaultB = m_dir->filePath(QStringLiteral("another"));
        mode().setOn(true);
        mode().setVault(vaultB);
        QVERIFY(!mode().isOn());
        mode().setVault(vaultA);
        QVERIFY(mode().isOn());
        // The switch on the unlock page follows the mode.
        m_manager->lock();
        auto *unlockPage = m_window->findChild<QWidget *>(QStringLiteral("unlockPage"));
        QVERIFY(unlockPage);
        auto *unlockSwitch = unlockPage->findChild<QCheckBox *>(QStringLiteral("helpDeskSwitch"));
        QVERIFY(unlockSwitch);
        QTRY_VERIFY(unlockSwitch->isVisible());
        QVERIFY(unlockSwitch->isChecked());
        unlockSwitch->click();
        QVERIFY(!mode().isOn());
        mode().setVault(vaultB);
        mode().setVault(vaultA);
        QVERIFY(!mode().isOn());
    }

    void largeTextGrowsTheWholeInterface()
    {
        const qreal before = QApplication::font().pointSizeF();
        QPushButton *lock = workspace()->lockButton();
        const int lockHeight = lock->sizeHint().height();
        mode().setLargeText(true);
        QVERIFY(QApplication::font().pointSizeF() > before * 1.3);
        QVERIFY(qApp->styleSheet().contains(QLatin1String("24.3pt"))); // the title, 18 × 1.35
        QVERIFY(qApp->styleSheet().contains(QLatin1String("min-height: 27px"))); // 20 px × 1.35
        QVERIFY(qApp->styleSheet().contains(QLatin1String("border: 1px")));      // borders stay
        QTRY_VERIFY(lock->sizeHint().height() > lockHeight);
        mode().setLargeText(false);
        QCOMPARE(QApplication::font().pointSizeF(), before);
        QVERIFY(qApp->styleSheet().contains(QLatin1String("18.0pt")));
    }
};

QTEST_MAIN(TestHelpDeskMode)
#include "TestHelpDeskMode.moc"
