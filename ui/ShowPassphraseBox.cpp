#include "ShowPassphraseBox.h"

#include "HelpDeskMode.h"

#include <QEvent>
#include <QLineEdit>

ShowPassphraseBox::ShowPassphraseBox(QList<QLineEdit *> fields, QWidget *parent) : QCheckBox(parent)
{
    setObjectName(QStringLiteral("showPassphrase"));
    for (QLineEdit *f : fields)
        m_fields.append(f);
    connect(this, &QCheckBox::toggled, this, &ShowPassphraseBox::apply);
    connect(&HelpDeskMode::instance(), &HelpDeskMode::changed, this, &ShowPassphraseBox::apply);
    setText(tr("Sho&w passphrase"));
    apply();
}

void ShowPassphraseBox::setWanted(bool wanted)
{
    m_wanted = wanted;
    apply();
}

void ShowPassphraseBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setText(tr("Sho&w passphrase"));
    QCheckBox::changeEvent(event);
}

void ShowPassphraseBox::apply()
{
    const bool allowed = m_wanted && !HelpDeskMode::instance().isOn();
    if (!allowed && isChecked()) {
        setChecked(false); // toggled() comes back here with the fields hidden again
        return;
    }
    setVisible(allowed);
    if (!m_wanted)
        return; // the page sets the fields' echo mode itself (a recovery code is shown)
    for (QLineEdit *f : m_fields)
        if (f)
            f->setEchoMode(isChecked() ? QLineEdit::Normal : QLineEdit::Password);
}
