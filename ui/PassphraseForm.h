#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// A new passphrase, typed twice, with a plain-words hint on how strong it is.
// Used at setup and when the customer changes the passphrase.
class PassphraseForm : public QWidget
{
    Q_OBJECT
public:
    enum class Strength { TooShort, Weak, Fair, Strong };

    explicit PassphraseForm(QWidget *parent = nullptr);

    QString passphrase() const;
    // Long enough and both fields the same.
    bool isAcceptable() const;
    void clear();
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *confirmField() const { return m_confirm; }

    static Strength strengthOf(const QString &passphrase);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHints();

    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_strength;
    QLabel *m_advice;
};
