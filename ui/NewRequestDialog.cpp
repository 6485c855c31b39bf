#include "NewRequestDialog.h"

#include "DataTreeModel.h"
#include "HelpDeskMode.h"
#include "Style.h"
#include "directory/RetailerStore.h"
#include "vault/Vault.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QWidget *column(QVBoxLayout *&layout)
{
    auto *w = new QWidget;
    layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    return w;
}
} // namespace

NewRequestDialog::NewRequestDialog(Vault &vault, const QString &language, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_uiLanguage(language), m_retailer(new QComboBox(this)),
      m_kinds(new QButtonGroup(this)), m_kindHelp(new QLabel(this)), m_options(new QWidget(this)),
      m_withdraw(new QCheckBox(this)), m_objectMarketing(new QCheckBox(this)),
      m_objectProfiling(new QCheckBox(this)), m_againstMarketing(new QCheckBox(this)),
      m_againstProfiling(new QCheckBox(this)), m_objectionReason(new QLineEdit(this)),
      m_wrong(new QLineEdit(this)), m_correct(new QLineEdit(this)),
      m_restrictionReason(new QLineEdit(this)), m_found(new QLabel(this)),
      m_scope(new QLineEdit(this)), m_customerNumber(new QLineEdit(this)),
      m_letterLanguage(new QComboBox(this)), m_letterPart(new QWidget(this)),
      m_name(new QLineEdit(this)), m_address(new QPlainTextEdit(this)),
      m_email(new QLineEdit(this)), m_how(new QLabel(this)), m_error(new QLabel(this)),
      m_make(nullptr), m_kindOrder({Requests::Kind::Access, Requests::Kind::Erasure,
                                    Requests::Kind::Objection, Requests::Kind::Rectification,
                                    Requests::Kind::Restriction, Requests::Kind::Portability})
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New request"));
    m_retailer->setObjectName(QStringLiteral("requestRetailer"));
    m_kindHelp->setObjectName(QStringLiteral("kindHelp"));
    m_scope->setObjectName(QStringLiteral("requestScope"));
    m_found->setObjectName(QStringLiteral("requestFound"));
    Style::makeNote(m_found);
    m_found->hide();
    m_customerNumber->setObjectName(QStringLiteral("customerNumber"));
    m_letterLanguage->setObjectName(QStringLiteral("letterLanguage"));
    m_name->setObjectName(QStringLiteral("requesterName"));
    m_address->setObjectName(QStringLiteral("requesterAddress"));
    m_email->setObjectName(QStringLiteral("requesterEmail"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsents"));
    m_objectMarketing->setObjectName(QStringLiteral("alsoObjectMarketing"));
    m_objectProfiling->setObjectName(QStringLiteral("alsoObjectProfiling"));
    m_againstMarketing->setObjectName(QStringLiteral("objectMarketing"));
    m_againstProfiling->setObjectName(QStringLiteral("objectProfiling"));
    m_objectionReason->setObjectName(QStringLiteral("objectionReason"));
    m_wrong->setObjectName(QStringLiteral("wrongValue"));
    m_correct->setObjectName(QStringLiteral("correctValue"));
    m_restrictionReason->setObjectName(QStringLiteral("restrictionReason"));
    m_how->setObjectName(QStringLiteral("howItGoes"));
    m_error->setObjectName(QStringLiteral("newRequestError"));
    Style::makeBody(m_kindHelp);
    Style::makeNote(m_how);
    Style::makeError(m_error);

    // Left: the shop and what to ask.
    QVBoxLayout *left = nullptr;
    QWidget *leftColumn = column(left);
    left->addWidget(buddyLabel(tr("&Shop:"), m_retailer));
    left->addWidget(m_retailer);
    if (auto list = RetailerStore(m_vault).list())
        for (const Retailer &r : *list)
            m_retailer->addItem(r.name, r.id);
    auto *askLabel = new QLabel(tr("What do you want to ask?"));
    Style::makeSubtitle(askLabel);
    left->addSpacing(6);
    left->addWidget(askLabel);
    for (int i = 0; i < m_kindOrder.size(); ++i) {
        auto *radio = new QRadioButton(Requests::kindLabel(m_kindOrder.at(i)));
        radio->setObjectName(QStringLiteral("kind-") + Requests::kindId(m_kindOrder.at(i)));
        m_kinds->addButton(radio, i);
        left->addWidget(radio);
    }
    m_kinds->button(0)->setChecked(true);
    left->addWidget(m_kindHelp);
    left->addSpacing(6);
    left->addWidget(m_how);
    left->addStretch(1);

    // Right: the options of the kind, what it is about, the letter.
    QVBoxLayout *right = nullptr;
    QWidget *rightColumn = column(right);
    auto *optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    auto page = [this, optionsLayout](QWidget *w) {
        optionsLayout->addWidget(w);
        m_optionPages.append(w);
    };
    auto *none = new QWidget;
    page(none);
    {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        m_withdraw->setText(tr("Also withdraw every consent (permission) you gave them"));
        m_objectMarketing->setText(tr("Also say no to advertising aimed at you"));
        m_objectProfiling->setText(tr("Also say no to a profile they make of you"));
        m_withdraw->setChecked(true);
        m_objectMarketing->setChecked(true);
        l->addWidget(m_withdraw);
        l->addWidget(m_objectMarketing);
        l->addWidget(m_objectProfiling);
        page(w); // erasure
    }
    {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        m_againstMarketing->setText(tr("Advertising aimed at you (they must always stop)"));
        m_againstProfiling->setText(tr("A profile of you, or other use for their own interest"));
        m_againstMarketing->setChecked(true);
        l->addWidget(m_againstMarketing);
        l->addWidget(m_againstProfiling);
        l->addWidget(buddyLabel(tr("Your &reason (you may leave this empty):"), m_objectionReason));
        l->addWidget(m_objectionReason);
        page(w); // objection
    }
    {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(buddyLabel(tr("What is &wrong now:"), m_wrong));
        l->addWidget(m_wrong);
        l->addWidget(buddyLabel(tr("What it should &be:"), m_correct));
        l->addWidget(m_correct);
        page(w); // rectification
    }
    {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(
            buddyLabel(tr("Your &reason (you may leave this empty):"), m_restrictionReason));
        l->addWidget(m_restrictionReason);
        m_restrictionReason->setPlaceholderText(tr("For example: my address is wrong"));
        page(w); // restriction
    }
    right->addWidget(m_options);
    right->addWidget(m_found);
    right->addWidget(buddyLabel(tr("What is it &about? (empty: all your data)"), m_scope));
    right->addWidget(m_scope);
    right->addWidget(
        buddyLabel(tr("Your customer &number at this shop (if you know it):"), m_customerNumber));
    right->addWidget(m_customerNumber);

    auto *letterLayout = new QVBoxLayout(m_letterPart);
    letterLayout->setContentsMargins(0, 6, 0, 0);
    letterLayout->setSpacing(8);
    m_letterLanguage->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_letterLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_letterLanguage->setCurrentIndex(m_uiLanguage == QLatin1String("nl") ? 0 : 1);
    letterLayout->addWidget(buddyLabel(tr("&Language of the letter:"), m_letterLanguage));
    letterLayout->addWidget(m_letterLanguage);
    letterLayout->addWidget(buddyLabel(tr("Your na&me:"), m_name));
    letterLayout->addWidget(m_name);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(60);
    m_address->setAccessibleName(tr("Your address"));
    letterLayout->addWidget(buddyLabel(tr("Your a&ddress:"), m_address));
    letterLayout->addWidget(m_address);
    letterLayout->addWidget(buddyLabel(tr("Your &e-mail address at this shop:"), m_email));
    letterLayout->addWidget(m_email);
    auto *keep = new QLabel(tr("Roer keeps these in your vault for your next letter. It sends "
                               "them nowhere."));
    Style::makeNote(keep);
    letterLayout->addWidget(keep);
    right->addWidget(m_letterPart);
    right->addStretch(1);
    for (QLineEdit *personal : {m_name, m_email, m_customerNumber, m_wrong, m_correct})
        HelpDeskMode::guard(personal);
    if (auto me = RequestStore(m_vault).requester()) {
        m_name->setText(me->name);
        m_email->setText(me->email);
        // A text box cannot hide its text: in help-desk mode the saved address stays out of it.
        if (HelpDeskMode::instance().isOn() && !me->address.isEmpty()) {
            m_savedAddress = me->address;
            m_address->setPlaceholderText(tr("Saved. Type a new address here only if it changed."));
        } else {
            m_address->setPlainText(me->address);
        }
    }

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addWidget(leftColumn, 1);
    columns->addWidget(rightColumn, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    Style::nameStandardButtons(buttons);
    m_make = buttons->addButton(tr("Make the request"), QDialogButtonBox::AcceptRole);
    m_make->setObjectName(QStringLiteral("makeRequestButton"));
    Style::makePrimary(m_make);
    m_make->setDefault(true);
    m_make->setEnabled(m_retailer->count() > 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    leftColumn->setMinimumWidth(360);
    rightColumn->setMinimumWidth(380);

    connect(m_kinds, &QButtonGroup::idClicked, this, &NewRequestDialog::kindChanged);
    connect(m_retailer, &QComboBox::currentIndexChanged, this, &NewRequestDialog::retailerChanged);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, [this] {
        if (makeRequest())
            accept();
    });
    // The keyboard goes through the dialog in reading order: shop, kind, its options, the rest.
    QList<QWidget *> order = {m_retailer};
    for (QAbstractButton *b : m_kinds->buttons())
        order.append(b);
    order += {m_withdraw,
              m_objectMarketing,
              m_objectProfiling,
              m_againstMarketing,
              m_againstProfiling,
              m_objectionReason,
              m_wrong,
              m_correct,
              m_restrictionReason,
              m_scope,
              m_customerNumber,
              m_letterLanguage,
              m_name,
              m_address,
              m_email,
              m_make};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    kindChanged();
    retailerChanged();
    m_retailer->setFocus();
}

Requests::Kind NewRequestDialog::kind() const
{
    return m_kindOrder.value(std::max(0, m_kinds->checkedId()));
}

qint64 NewRequestDialog::retailerId() const
{
    return m_retailer->currentData().toLongLong();
}

bool NewRequestDialog::retailerHasApi() const
{
    auto found = RetailerStore(m_vault).find(retailerId());
    return found && *found && !(*found)->apiBase.isEmpty();
}

void NewRequestDialog::setRetailer(qint64 id)
{
    const int index = m_retailer->findData(id);
    if (index >= 0)
        m_retailer->setCurrentIndex(index);
}

void NewRequestDialog::setKind(Requests::Kind k)
{
    if (QAbstractButton *b = m_kinds->button(int(m_kindOrder.indexOf(k))))
        b->setChecked(true);
    kindChanged();
}

void NewRequestDialog::prefill(qint64 id, Requests::Kind k, const RequestDetails &d)
{
    setRetailer(id);
    setKind(k);
    m_scope->setText(d.scope);
    m_categories = d.categories;
    QStringList found;
    for (const QString &c : d.categories)
        found.append(DataTreeModel::categoryTitle(c, m_uiLanguage));
    QStringList notes;
    if (!found.isEmpty())
        notes.append(tr("Roer found: %1. The letter names it. Add more if you like.")
                         .arg(found.join(QStringLiteral(", "))));
    if (!d.fieldPath.isEmpty())
        notes.append(tr("The letter names the field “%1” from their file.").arg(d.fieldPath));
    m_found->setText(notes.join(QLatin1Char(' ')));
    m_found->setVisible(!notes.isEmpty());
    m_fieldPath = d.fieldPath;
    if (k == Requests::Kind::Objection) {
        m_againstMarketing->setChecked(d.objectTo == Requests::ObjectTo::DirectMarketing
                                       || d.objectTo == Requests::ObjectTo::Both);
        m_againstProfiling->setChecked(d.objectTo == Requests::ObjectTo::Profiling
                                       || d.objectTo == Requests::ObjectTo::Both);
    }
    m_wrong->setText(d.wrongValue);
}

void NewRequestDialog::kindChanged()
{
    const Requests::Kind k = kind();
    m_kindHelp->setText(Requests::kindHelp(k));
    int current = 0;
    switch (k) {
    case Requests::Kind::Erasure: current = 1; break;
    case Requests::Kind::Objection: current = 2; break;
    case Requests::Kind::Rectification: current = 3; break;
    case Requests::Kind::Restriction: current = 4; break;
    case Requests::Kind::Access:
    case Requests::Kind::Portability: break;
    }
    // Only the page of this kind takes space and the keyboard.
    for (int i = 0; i < m_optionPages.size(); ++i)
        m_optionPages.at(i)->setVisible(i == current);
    m_options->setVisible(current != 0);
    Style::fitHeight(this);
}

void NewRequestDialog::retailerChanged()
{
    const QString shop = m_retailer->currentText();
    const bool api = retailerHasApi();
    m_letterPart->setVisible(!api);
    m_how->setText(
        api ? tr("%1 is linked to Roer. Roer sends your request and checks for the answer.")
                  .arg(shop)
            : tr("Roer writes a letter for you. You send it yourself, by e-mail or by post. "
                 "Roer does not add a copy of your ID. A shop may only ask for more proof if it "
                 "really doubts who you are. If it insists, black out your photo and your BSN "
                 "(citizen service number) on the copy."));
    Style::fitHeight(this);
}

RequestDetails NewRequestDialog::details() const
{
    RequestDetails d;
    d.scope = m_scope->text().trimmed();
    d.categories = m_categories;
    d.fieldPath = m_fieldPath;
    d.customerNumber = m_customerNumber->text().trimmed();
    auto objectTo = [](bool marketing, bool profiling) {
        if (marketing && profiling)
            return Requests::ObjectTo::Both;
        if (marketing)
            return Requests::ObjectTo::DirectMarketing;
        return profiling ? Requests::ObjectTo::Profiling : Requests::ObjectTo::Nothing;
    };
    switch (kind()) {
    case Requests::Kind::Erasure:
        d.withdrawConsents = m_withdraw->isChecked();
        d.objectTo = objectTo(m_objectMarketing->isChecked(), m_objectProfiling->isChecked());
        break;
    case Requests::Kind::Objection:
        d.objectTo = objectTo(m_againstMarketing->isChecked(), m_againstProfiling->isChecked());
        d.reason = m_objectionReason->text().trimmed();
        break;
    case Requests::Kind::Rectification:
        d.wrongValue = m_wrong->text().trimmed();
        d.correctValue = m_correct->text().trimmed();
        break;
    case Requests::Kind::Restriction: d.reason = m_restrictionReason->text().trimmed(); break;
    case Requests::Kind::Access:
    case Requests::Kind::Portability: break;
    }
    return d;
}

bool NewRequestDialog::makeRequest()
{
    Style::setMessage(m_error, QString());
    if (m_retailer->count() == 0) {
        Style::setMessage(m_error, tr("Add a shop first, on the Retailers page."));
        return false;
    }
    RequestStore store(m_vault);
    if (!retailerHasApi()) {
        const QString typed = m_address->toPlainText();
        const Requester me{m_name->text(), typed.trimmed().isEmpty() ? m_savedAddress : typed,
                           m_email->text()};
        if (auto saved = store.saveRequester(me); !saved) {
            Style::setMessage(m_error, saved.error().message);
            return false;
        }
    }
    RequestStore::NewRequest n;
    n.retailerId = retailerId();
    n.kind = kind();
    n.details = details();
    n.language = m_letterLanguage->currentData().toString();
    auto made = store.create(n);
    if (!made) {
        Style::setMessage(m_error, made.error().message);
        return false;
    }
    m_request = *made;
    return true;
}

void NewRequestDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    Style::fitHeight(this);
}
