#include "UiTestSupport.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "SetupRecoveryPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

namespace UiTestSupport {

void isolateSettings(const QString &directory)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RoerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("RoerTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
}

void useBuildTranslations(LanguageManager &languages)
{
    languages.setTranslationsPath(qEnvironmentVariable("ROER_BINARY_DIR")
                                  + QStringLiteral("/translations"));
}

QWidget *childWidget(QWidget *parent, const char *objectName)
{
    QWidget *found = parent->findChild<QWidget *>(QLatin1String(objectName));
    if (!found)
        qWarning("No widget named %s", objectName);
    return found;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

void press(QAbstractButton *button)
{
    const bool indicator =
        qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(8, button->height() / 2) : QPoint());
}

static bool click(QWidget *window, const char *name)
{
    auto *button = child<QAbstractButton>(window, name);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    press(button);
    return true;
}

QString setupWithPassphraseUntilRecovery(MainWindow &window, const QString &passphrase)
{
    if (!click(&window, "nextButton") || !click(&window, "nextButton")) // language, intro
        return {};
    if (!click(&window, "methodPassphrase"))
        return {};
    auto *first = child<QLineEdit>(&window, "newPassphrase");
    auto *second = child<QLineEdit>(&window, "confirmPassphrase");
    if (!first || !second)
        return {};
    QTest::keyClicks(first, passphrase);
    QTest::keyClicks(second, passphrase);
    if (!click(&window, "nextButton")) // create vault
        return {};
    auto *code = child<QLabel>(&window, "recoveryCode");
    if (!waitFor([code] { return code->isVisible() && !code->text().isEmpty(); }))
        return {};
    return code->text();
}

bool confirmRecoveryAndFinish(MainWindow &window, const QString &recoveryCode)
{
    auto *confirm = child<QLineEdit>(&window, "recoveryConfirm");
    if (!confirm)
        return false;
    QTest::keyClicks(confirm, recoveryCode);
    QTest::keyClick(confirm, Qt::Key_Return);
    return waitFor([&window] { return window.view() == MainWindow::View::Workspace; });
}

} // namespace UiTestSupport
