#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>
#include <QTimer>
#include <QWindow>

class QLineEdit;

// Help-desk mode: someone from the shop's help desk sits beside the customer (or shares the
// screen). Every page shows the kind of a personal value ("an e-mail address"), never the
// value; the customer may reveal one value for themselves, and it hides again after 30 seconds
// or as soon as Roer's window loses the focus.
//
// One object for the whole app, like the palette: every page and every dialog, wherever it is
// opened, must follow the same switch, so they ask instance() instead of being handed it.
// The switch is remembered per vault (a vault is one customer); large text is one setting for
// this computer.
class HelpDeskMode : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRevealMs = 30 * 1000;
    static constexpr int kClipboardMs = 10 * 1000;

    static HelpDeskMode &instance();

    bool isOn() const { return m_on; }
    void setOn(bool on);
    // The vault whose remembered switch applies; called before unlocking.
    void setVault(const QString &vaultDirectory);

    bool largeText() const { return m_largeText; }
    void setLargeText(bool large);

    // A field where the customer types a personal value: in help-desk mode it shows the text
    // only while the customer types in it (dots otherwise), and follows the switch.
    static void guard(QLineEdit *edit);

    // How a personal value is shown now: the value itself, or in help-desk mode its kind.
    QString show(QStringView value, const QString &categoryId = {}) const;

    // The customer shows one value for themselves. remask() follows after revealMs(), when the
    // window loses focus, or when help-desk mode is switched off or on again.
    void startReveal();
    bool revealing() const { return m_reveal.isActive(); }
    void endReveal();
    // Test seam: a shorter reveal, so a test can see it end.
    void setRevealMs(int ms) { m_reveal.setInterval(ms); }

signals:
    void changed(bool on);
    void remask();
    void largeTextChanged(bool large);

private:
    HelpDeskMode();
    void applyFont();

    bool m_on = false;
    bool m_largeText = false;
    QString m_settingsKey;
    QTimer m_reveal;
    QPointer<QWindow> m_revealWindow;
    qreal m_basePointSize = 0;
};
