#pragma once

#include <QCheckBox>
#include <QList>
#include <QPointer>

class QLineEdit;

// "Show passphrase" under passphrase fields (issue 15): a long passphrase is easier to type
// right when you can see it. Unticked by default, and gone in help-desk mode, where someone
// beside the customer would read it too.
class ShowPassphraseBox : public QCheckBox
{
    Q_OBJECT
public:
    explicit ShowPassphraseBox(QList<QLineEdit *> fields, QWidget *parent = nullptr);

    // The unlock page hides it for the keychain and the recovery code (already shown).
    void setWanted(bool wanted);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();

    QList<QPointer<QLineEdit>> m_fields;
    bool m_wanted = true;
};
