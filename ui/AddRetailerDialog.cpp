#include "AddRetailerDialog.h"

#include "Style.h"
#include "directory/RetailerDirectory.h"
#include "directory/RetailerStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

AddRetailerDialog::AddRetailerDialog(Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_tabs(new QTabWidget(this)), m_search(new QLineEdit(this)),
      m_directory(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_website(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_address(new QPlainTextEdit(this)), m_api(new QLineEdit(this)), m_error(new QLabel(this)),
      m_add(nullptr)
{
    setObjectName(QStringLiteral("addRetailerDialog"));
    setWindowTitle(tr("Add a retailer"));
    m_tabs->setObjectName(QStringLiteral("addRetailerTabs"));
    m_search->setObjectName(QStringLiteral("directorySearch"));
    m_directory->setObjectName(QStringLiteral("directoryList"));
    m_directory->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_directory->setTextElideMode(Qt::ElideRight);
    m_directory->setStyleSheet(
        QStringLiteral("QListWidget#directoryList::item { padding: 4px 2px; }"));
    m_name->setObjectName(QStringLiteral("retailerName"));
    m_website->setObjectName(QStringLiteral("retailerWebsite"));
    m_email->setObjectName(QStringLiteral("retailerEmail"));
    m_address->setObjectName(QStringLiteral("retailerAddress"));
    m_api->setObjectName(QStringLiteral("retailerApi"));
    m_error->setObjectName(QStringLiteral("addRetailerError"));
    Style::makeError(m_error);

    // Tab 1: the directory.
    auto *pick = new QWidget;
    auto *pickLayout = new QVBoxLayout(pick);
    auto *searchLabel = new QLabel(tr("&Search for a shop:"));
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Name or website, for example Picnic"));
    m_search->setClearButtonEnabled(true);
    auto *listLabel = new QLabel(tr("&Shops Roer knows:"));
    listLabel->setBuddy(m_directory);
    m_listNote = new QLabel(tr("Not in the list? Use “Type it yourself”."));
    m_listNote->setObjectName(QStringLiteral("directoryNote"));
    Style::makeNote(m_listNote);
    pickLayout->addWidget(searchLabel);
    pickLayout->addWidget(m_search);
    pickLayout->addWidget(listLabel);
    pickLayout->addWidget(m_directory, 1);
    pickLayout->addWidget(m_listNote);
    if (Result<RetailerDirectory> dir = RetailerDirectory::bundled()) {
        // By name, as a customer looks for it ("home24" among the h, not after the Z).
        QList<DirectoryEntry> entries = dir->entries();
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const DirectoryEntry &e : std::as_const(entries)) {
            // Shops only: the data protection authority is where complaints go, not a shop.
            if (e.kind != QLatin1String("company"))
                continue;
            const QString host = QUrl(e.website).host();
            auto *item =
                new QListWidgetItem(host.isEmpty() ? e.name : tr("%1 (%2)").arg(e.name, host),
                                    m_directory);
            item->setData(kEntryRole, e.id);
            item->setToolTip(e.runs.join(QStringLiteral(", ")));
        }
    }

    // Tab 2: by hand.
    auto *hand = new QWidget;
    auto *form = new QFormLayout(hand);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_website->setPlaceholderText(QStringLiteral("https://www.example.nl"));
    m_email->setPlaceholderText(QStringLiteral("privacy@example.nl"));
    m_api->setPlaceholderText(QStringLiteral("https://api.example.nl/roer"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(72);
    auto addRow = [form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Website:"), m_website);
    addRow(tr("Privacy &e-mail:"), m_email);
    addRow(tr("&Postal address:"), m_address);
    addRow(tr("&Roer link address (optional):"), m_api);
    auto *apiNote = new QLabel(tr("Only if the shop gave you an address for Roer. It starts with "
                                  "https://."));
    Style::makeNote(apiNote);
    form->addRow(QString(), apiNote);
    m_address->setAccessibleName(tr("Postal address"));

    m_tabs->addTab(pick, tr("From the list"));
    m_tabs->addTab(hand, tr("Type it yourself"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    Style::nameStandardButtons(buttons);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("confirmAddButton"));
    Style::makePrimary(m_add);
    m_add->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(m_search, &QLineEdit::textChanged, this, &AddRetailerDialog::filterDirectory);
    connect(m_directory, &QListWidget::itemActivated, this, [this] { accept(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRetailerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->setFocus();
}

void AddRetailerDialog::filterDirectory(const QString &text)
{
    const QString needle = text.trimmed();
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_directory->count(); ++i) {
        QListWidgetItem *item = m_directory->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive)
            || item->toolTip().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first && (!m_directory->currentItem() || m_directory->currentItem()->isHidden()))
        m_directory->setCurrentItem(first);
    // An empty list says why, and what to do instead.
    m_listNote->setText(
        first ? tr("Not in the list? Use “Type it yourself”.")
              : tr("No shop in the list matches “%1”. Use “Type it yourself”.").arg(needle));
}

Retailer AddRetailerDialog::fromForm() const
{
    Retailer r;
    r.name = m_name->text().trimmed();
    r.website = m_website->text().trimmed();
    r.privacyEmail = m_email->text().trimmed();
    r.postalAddress = m_address->toPlainText().trimmed();
    r.apiBase = m_api->text().trimmed();
    return r;
}

QString AddRetailerDialog::validate(const Retailer &r)
{
    if (r.name.isEmpty())
        return tr("Please type the name of the shop.");
    if (!r.website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(r.website);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
            return tr("This website address does not look right. Example: https://www.example.nl");
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!r.privacyEmail.isEmpty() && !email.match(r.privacyEmail).hasMatch())
        return tr("This e-mail address does not look right. Example: privacy@example.nl");
    if (r.website.isEmpty() && r.privacyEmail.isEmpty() && r.postalAddress.isEmpty())
        return tr("Please give a website, e-mail address or postal address, so Roer knows how to "
                  "reach the shop.");
    if (!r.apiBase.isEmpty()) {
        const QUrl api(r.apiBase, QUrl::StrictMode);
        // Plain http only to this computer (a test server); everything else must be https.
        const bool secure = api.scheme() == QLatin1String("https")
            || (api.scheme() == QLatin1String("http") && isLoopback(api.host()));
        if (!api.isValid() || api.host().isEmpty() || !secure)
            return tr("The Roer link address must start with https:// and name a server.");
    }
    return QString();
}

void AddRetailerDialog::accept()
{
    Retailer retailer;
    if (m_tabs->currentIndex() == 0) {
        QListWidgetItem *item = m_directory->currentItem();
        if (!item || item->isHidden()) {
            Style::setMessage(m_error, tr("Please choose a shop from the list."));
            return;
        }
        Result<RetailerDirectory> dir = RetailerDirectory::bundled();
        const DirectoryEntry *entry = dir ? dir->find(item->data(kEntryRole).toString()) : nullptr;
        if (!entry) {
            Style::setMessage(m_error, tr("Roer could not read its list of shops."));
            return;
        }
        retailer = RetailerDirectory::toRetailer(*entry);
    } else {
        retailer = fromForm();
        if (const QString problem = validate(retailer); !problem.isEmpty()) {
            Style::setMessage(m_error, problem);
            return;
        }
        // "www.shop.nl" means the shop's secure site.
        if (!retailer.website.isEmpty() && !retailer.website.contains(QLatin1String("://")))
            retailer.website.prepend(QStringLiteral("https://"));
    }
    Result<qint64> added = RetailerStore(m_vault).add(retailer);
    if (!added) {
        Style::setMessage(m_error, added.error().message);
        return;
    }
    m_addedId = *added;
    QDialog::accept();
}
