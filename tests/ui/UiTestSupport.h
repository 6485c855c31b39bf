#pragma once

#include <QString>

#include <functional>

class LanguageManager;
class MainWindow;
class QAbstractButton;
class QWidget;

// Shared steps of the GUI tests and the screenshot tool: real widgets, real vaults.
namespace UiTestSupport {
// Keeps QSettings of the test inside `directory` (ini file), and names the application.
void isolateSettings(const QString &directory);
// Loads roer_<lang>.qm from the build tree (the tests do not embed them).
void useBuildTranslations(LanguageManager &languages);

template<typename T>
T *child(QWidget *parent, const char *objectName);
QWidget *childWidget(QWidget *parent, const char *objectName);
// A real mouse click; on a radio button or check box it hits the indicator, not empty space.
void press(QAbstractButton *button);

// Drives the first-run wizard from the language page up to the recovery-code page with a
// passphrase, and returns the recovery code shown (empty on failure).
QString setupWithPassphraseUntilRecovery(MainWindow &window, const QString &passphrase);
// Types the shown code back and finishes the wizard.
bool confirmRecoveryAndFinish(MainWindow &window, const QString &recoveryCode);
// Waits (processing events) until `condition` holds or `timeoutMs` passes.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000);
} // namespace UiTestSupport

template<typename T>
T *UiTestSupport::child(QWidget *parent, const char *objectName)
{
    return qobject_cast<T *>(childWidget(parent, objectName));
}
