#include "ExplanationPanel.h"

#include "DataTreeModel.h"
#include "Style.h"
#include "explain/Catalogue.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString section(const QString &heading, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b><br>%2</p>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QLabel(this)),
      m_questionTitle(new QLabel(this)), m_question(new QLabel(this)),
      m_copy(new QPushButton(this)), m_askCorrect(new QPushButton(this)),
      m_askErase(new QPushButton(this)), m_categoryLabel(new QLabel(this)),
      m_category(new QComboBox(this)), m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("explanationPanel"));
    Style::makeSubtitle(m_title);
    m_title->setObjectName(QStringLiteral("explanationTitle"));
    m_body->setObjectName(QStringLiteral("explanationText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    Style::makeSubtitle(m_questionTitle);
    m_questionTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_question->setObjectName(QStringLiteral("retailerQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_question->setStyleSheet(
        QStringLiteral("QLabel { background: #eef3f6; border-radius: 6px; }"));
    m_question->setContentsMargins(10, 8, 10, 8);
    m_copy->setObjectName(QStringLiteral("copyQuestionButton"));
    m_askCorrect->setObjectName(QStringLiteral("askCorrectButton"));
    m_askErase->setObjectName(QStringLiteral("askEraseButton"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    // Long category titles must not make the panel wider than its column.
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(16);
    for (QLabel *label : {m_title, m_body, m_question, m_categoryLabel, m_copied}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setWordWrap(true);
    }
    m_categoryLabel->setBuddy(m_category);
    Style::makeNote(m_copied);
    m_copied->hide();

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copied, 1);
    copyRow->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_questionTitle);
    layout->addWidget(m_question);
    layout->addLayout(copyRow);
    // One above the other: side by side they would make the panel wider than its column.
    layout->addWidget(m_askCorrect, 0, Qt::AlignLeft);
    layout->addWidget(m_askErase, 0, Qt::AlignLeft);
    layout->addSpacing(4);
    layout->addWidget(m_categoryLabel);
    layout->addWidget(m_category);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_question->text());
        m_copied->setText(tr("Copied. Paste it in an e-mail to the shop."));
        m_copied->show();
    });
    connect(m_askCorrect, &QPushButton::clicked, this, [this] {
        emit requestWanted(Requests::Kind::Rectification, m_field.classification.category,
                           m_field.path);
    });
    connect(m_askErase, &QPushButton::clicked, this, [this] {
        emit requestWanted(Requests::Kind::Erasure, m_field.classification.category, m_field.path);
    });
    connect(m_category, &QComboBox::activated, this, [this](int row) {
        const QString id = m_category->itemData(row).toString();
        if (m_showing == Showing::Field && id != m_field.classification.category)
            emit correctionRequested(id);
    });
    retranslateUi();
    showNothing();
}

void ExplanationPanel::setLanguage(const QString &language)
{
    m_language = language;
    fillCategories();
}

QString ExplanationPanel::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->text() + QLatin1Char('\n')
        + m_question->text();
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExplanationPanel::retranslateUi()
{
    m_questionTitle->setText(tr("Ask the shop"));
    m_copy->setText(tr("Copy question"));
    m_askCorrect->setText(tr("Ask to correct it…"));
    m_askCorrect->setToolTip(tr("Make a request to the shop to correct this data"));
    m_askErase->setText(tr("Ask to erase it…"));
    m_askErase->setToolTip(tr("Make a request to the shop to erase this data"));
    m_categoryLabel->setText(tr("Is this the wrong kind of data? Choose the right one:"));
    m_copied->hide();
    fillCategories();
    switch (m_showing) {
    case Showing::Nothing: showNothing(); break;
    case Showing::Field: showField(m_field); break;
    case Showing::Category: showCategory(m_categoryId, m_categoryFields, m_categoryValues); break;
    }
}

void ExplanationPanel::fillCategories()
{
    const QString current = m_category->currentData().toString();
    QList<QPair<QString, QString>> items;
    for (const Catalogue::Category &c : Catalogue::builtIn().categories())
        if (c.id != QLatin1String("none"))
            items.append({c.title.in(m_language), c.id});
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    m_category->clear();
    m_category->addItem(tr("Not recognised"), QString());
    m_category->addItem(DataTreeModel::categoryTitle(QStringLiteral("none"), m_language),
                        QStringLiteral("none"));
    for (const auto &item : items)
        m_category->addItem(item.first, item.second);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

QString ExplanationPanel::purposeHtml(const QString &categoryId) const
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const Catalogue::Category *category = catalogue.category(categoryId);
    if (!category)
        return QString();
    QString why;
    QString basis;
    QStringList seenBases;
    for (const QString &pid : category->purposes) {
        const Catalogue::Purpose *p = catalogue.purpose(pid);
        if (!p)
            continue;
        if (!why.isEmpty())
            why += QStringLiteral("<br>");
        why += QStringLiteral("• <i>%1</i>: %2")
                   .arg(p->title.in(m_language).toHtmlEscaped(),
                        p->explanation.in(m_language).toHtmlEscaped());
        const Catalogue::LegalBasis *b = catalogue.legalBasis(p->legalBasis);
        if (!b || seenBases.contains(b->id))
            continue;
        seenBases.append(b->id);
        //: %1 is a legal basis such as "Consent", %2 the GDPR article such as 6(1)(a)
        if (!basis.isEmpty())
            basis += QStringLiteral("<br>");
        basis += QStringLiteral("• <i>%1</i> (%2): %3 %4")
                     .arg(b->title.in(m_language).toHtmlEscaped(),
                          tr("GDPR article %1").arg(b->article).toHtmlEscaped(),
                          b->explanation.in(m_language).toHtmlEscaped(),
                          b->whatYouCanDo.in(m_language).toHtmlEscaped());
    }
    QString html;
    if (!why.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b><br>%2</p>")
                    .arg(tr("Why the shop probably keeps it").toHtmlEscaped(), why);
    if (!basis.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b><br>%2</p>")
                    .arg(tr("The reason the law allows it").toHtmlEscaped(), basis);
    return html;
}

void ExplanationPanel::showNothing()
{
    m_showing = Showing::Nothing;
    m_title->setText(tr("Explanation"));
    m_body->setText(tr("Choose a kind of data or a field on the left. Roer explains it here."));
    m_questionTitle->hide();
    m_question->hide();
    m_copy->hide();
    m_askCorrect->hide();
    m_askErase->hide();
    m_copied->hide();
    m_categoryLabel->hide();
    m_category->hide();
}

void ExplanationPanel::showCategory(const QString &categoryId, int fields, qint64 values)
{
    m_showing = Showing::Category;
    m_categoryId = categoryId;
    m_categoryFields = fields;
    m_categoryValues = values;
    m_title->setText(DataTreeModel::categoryTitle(categoryId, m_language));
    const Catalogue::Category *c = Catalogue::builtIn().category(categoryId);
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Fields: %1. Values: %2.")
                                .arg(fields)
                                .arg(QLocale(m_language).toString(values))
                                .toHtmlEscaped());
    if (c) {
        html += section(tr("What it is"), c->explanation.in(m_language));
        html += purposeHtml(categoryId);
        html += section(tr("How long they may keep it"), c->retention.in(m_language));
        html += section(tr("What you can do"), c->whatYouCanDo.in(m_language));
    } else if (categoryId.isEmpty()) {
        html += section(tr("What it is"),
                        tr("Roer does not know what these fields are. Choose one to see the "
                           "question you can ask the shop."));
    }
    m_body->setText(html);
    m_questionTitle->hide();
    m_question->hide();
    m_copy->hide();
    m_askCorrect->hide();
    m_askErase->hide();
    m_copied->hide();
    m_categoryLabel->hide();
    m_category->hide();
}

void ExplanationPanel::showField(const ExplainedField &field)
{
    m_showing = Showing::Field;
    m_field = field;
    const QString name = field.path.section(QStringLiteral(" › "), -1);
    m_title->setText(field.title.isEmpty() ? name : field.title);
    QString html = QStringLiteral("<p style=\"color:#52606d\">%1</p>")
                       .arg(tr("Field “%1” in %2").arg(name, field.dataFile).toHtmlEscaped());
    html += section(tr("What it is"), field.explanation);
    html += section(tr("Why Roer thinks so"), field.classification.reason);
    // How the importer cut the file into records (docs/importing.md, "What becomes a record").
    html += section(tr("Why is this one record?"), field.recordRule);
    html += purposeHtml(field.classification.category);
    html += section(tr("How long they may keep it"), field.retention);
    html += section(tr("What you can do"), field.whatYouCanDo);
    m_body->setText(html);

    const bool ask = !field.classification.question.isEmpty();
    m_question->setText(field.classification.question);
    m_questionTitle->setVisible(ask);
    m_question->setVisible(ask);
    m_copy->setVisible(ask);
    m_askCorrect->show();
    m_askErase->show();
    m_copied->hide();
    m_categoryLabel->show();
    m_category->show();
    m_category->setCurrentIndex(std::max(0, m_category->findData(field.classification.category)));
}
