#include "HelpDeskMode.h"

#include "Style.h"
#include "explain/ValueKind.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFont>
#include <QLineEdit>
#include <QSettings>
#include <QWindow>

namespace {
const QString kLargeTextKey = QStringLiteral("ui/largeText");
// The whole interface grows with the font: Qt's layouts size every control from it.
constexpr qreal kLargeTextScale = 1.35;
} // namespace

HelpDeskMode &HelpDeskMode::instance()
{
    // Lives as long as the application; created on first use, after QApplication.
    static HelpDeskMode *mode = new HelpDeskMode;
    return *mode;
}

HelpDeskMode::HelpDeskMode() : QObject(qApp)
{
    m_reveal.setSingleShot(true);
    m_reveal.setInterval(kRevealMs);
    connect(&m_reveal, &QTimer::timeout, this, &HelpDeskMode::remask);
    // Focus gone (another program, the screen locker): the revealed value hides at once.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    endReveal();
            });
    // Another window has the keyboard: the one the customer revealed the value in lost it.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow *window) {
        if (window != m_revealWindow)
            endReveal();
    });
    m_largeText = QSettings().value(kLargeTextKey, false).toBool();
    if (m_largeText)
        applyFont();
}

void HelpDeskMode::setVault(const QString &vaultDirectory)
{
    // A hash, not the path: the path may hold the customer's user name.
    const QByteArray id =
        QCryptographicHash::hash(QDir::cleanPath(QDir(vaultDirectory).absolutePath()).toUtf8(),
                                 QCryptographicHash::Sha256);
    m_settingsKey = QStringLiteral("helpDesk/") + QString::fromLatin1(id.toHex().left(16));
    const bool on = QSettings().value(m_settingsKey, false).toBool();
    if (on != m_on) {
        m_on = on;
        endReveal();
        emit changed(m_on);
    }
}

void HelpDeskMode::setOn(bool on)
{
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey, on);
    if (on == m_on)
        return;
    m_on = on;
    endReveal();
    emit changed(m_on);
}

void HelpDeskMode::setLargeText(bool large)
{
    QSettings().setValue(kLargeTextKey, large);
    if (large == m_largeText)
        return;
    m_largeText = large;
    applyFont();
    emit largeTextChanged(large);
}

void HelpDeskMode::applyFont()
{
    QFont font = QApplication::font();
    if (m_basePointSize <= 0)
        m_basePointSize = font.pointSizeF();
    const qreal scale = m_largeText ? kLargeTextScale : 1.0;
    font.setPointSizeF(m_basePointSize * scale);
    QApplication::setFont(font);
    // The style sheet's own sizes (titles, navigation) grow with it; an app without Roer's
    // style sheet (some tests) keeps none.
    if (!qApp->styleSheet().isEmpty())
        qApp->setStyleSheet(Style::applicationStyleSheet(scale));
}

void HelpDeskMode::guard(QLineEdit *edit)
{
    const auto apply = [edit](bool on) {
        edit->setEchoMode(on ? QLineEdit::PasswordEchoOnEdit : QLineEdit::Normal);
    };
    apply(instance().isOn());
    connect(&instance(), &HelpDeskMode::changed, edit, apply);
}

QString HelpDeskMode::show(QStringView value, const QString &categoryId) const
{
    if (!m_on)
        return value.toString();
    return ValueKind::describe(value, categoryId);
}

void HelpDeskMode::startReveal()
{
    m_revealWindow = QGuiApplication::focusWindow();
    m_reveal.start();
}

void HelpDeskMode::endReveal()
{
    const bool was = m_reveal.isActive();
    m_reveal.stop();
    if (was)
        emit remask();
}
