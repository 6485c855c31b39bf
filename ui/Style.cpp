#include "Style.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace {
void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QLatin1String(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

namespace Style {

QString applicationStyleSheet(qreal scale)
{
    const auto pt = [scale](qreal size) { return QString::number(size * scale, 'f', 1); };
    // Deep sea blue for actions, soft grey background, white cards. Sizes in pt so that a
    // larger system font scales everything together.
    const QString sheet = QStringLiteral(R"(
QMainWindow, QDialog, QWidget#setupWizard, QWidget#unlockPage, QStackedWidget#pages {
    background: #f5f7f9;
}
QLabel { color: #1f2933; }
QLabel[role="title"] { font-size: %1pt; font-weight: 600; color: #12344d; }
QLabel[role="subtitle"] { font-size: %2pt; font-weight: 600; color: #12344d; }
QLabel[role="note"] { color: #52606d; }
QLabel[role="error"] {
    color: #8a1c1c; background: #fdecec; border: 1px solid #f5b5b5;
    border-radius: 6px;
}
QLabel#recoveryCode {
    background: #ffffff; border: 1px solid #c8d3dc; border-radius: 8px;
    padding: 16px; color: #12344d;
}
QFrame#recoveryReminder {
    background: #fff6e5; border: none; border-bottom: 1px solid #f0d9a8;
}
QLabel#recoveryReminderText { color: #5c3b00; }
QFrame#helpDeskBand { background: #e3edfb; border: none; border-bottom: 1px solid #9fb9e0; }
QLabel#helpDeskBandText { color: #0b2a5a; font-weight: 600; }
QFrame#guidePanel { background: #eaf5ee; border: none; border-bottom: 1px solid #b5d6c0; }
QLabel#guideTitle { color: #123d24; font-weight: 600; }
QFrame#card {
    background: #ffffff; border: 1px solid #dde3e8; border-radius: 10px;
}
QListWidget#navigation {
    background: #e9eef2; border: none; border-right: 1px solid #d5dde3;
    padding: 12px 8px; outline: 0; font-size: %3pt;
}
QListWidget#navigation::item {
    padding: 9px 12px; border-radius: 6px; color: #1f2933; margin: 1px 0;
}
QListWidget#navigation::item:selected { background: #1d5c7a; color: #ffffff; }
QListWidget#navigation::item:hover:!selected { background: #dbe4ea; }
QListWidget#navigation:focus { border-right: 2px solid #1d5c7a; }
QPushButton {
    background: #ffffff; color: #12344d; border: 1px solid #a9b8c4;
    border-radius: 6px; padding: 7px 16px; min-height: 20px;
}
QPushButton:hover { background: #eef3f6; }
QPushButton:focus { border: 2px solid #1d5c7a; padding: 6px 15px; }
QPushButton:disabled { color: #9aa5b1; border-color: #d5dde3; }
QPushButton[role="primary"] { background: #1d5c7a; color: #ffffff; border: 1px solid #1d5c7a; }
QPushButton[role="primary"]:hover { background: #174a63; }
QPushButton[role="primary"]:focus { border: 2px solid #0b2a3a; }
QPushButton[role="primary"]:disabled { background: #9fb6c3; border-color: #9fb6c3; color: #f5f7f9; }
QLineEdit {
    background: #ffffff; border: 1px solid #a9b8c4; border-radius: 6px;
    padding: 6px 8px; min-height: 20px; selection-background-color: #1d5c7a;
}
QLineEdit:focus { border: 2px solid #1d5c7a; padding: 5px 7px; }
QComboBox { min-height: 24px; }
QLineEdit:read-only { background: #eef2f5; }
QRadioButton, QCheckBox { spacing: 8px; padding: 4px 0; }
QProgressBar { border: 1px solid #c8d3dc; border-radius: 5px; background: #ffffff; height: 10px; }
QProgressBar::chunk { background: #1d5c7a; border-radius: 4px; }
)")
                              .arg(pt(18), pt(12), pt(11));
    if (scale == 1.0)
        return sheet;
    // Room grows with the text: paddings, minimum heights and spacing (4 px and more) scale;
    // thin borders stay thin.
    static const QRegularExpression pixels(QStringLiteral("\\b(\\d+)px"));
    QString scaled;
    qsizetype from = 0;
    for (auto it = pixels.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int px = m.captured(1).toInt();
        scaled += QStringView(sheet).mid(from, m.capturedStart() - from);
        scaled += QString::number(px >= 4 ? qRound(px * scale) : px) + QStringLiteral("px");
        from = m.capturedEnd();
    }
    scaled += QStringView(sheet).mid(from);
    return scaled;
}

void makeTitle(QLabel *label)
{
    setRole(label, "title");
    label->setWordWrap(true);
}

void makeSubtitle(QLabel *label)
{
    setRole(label, "subtitle");
    label->setWordWrap(true);
}

void makeBody(QLabel *label)
{
    // Long lines are hard to read; wide windows get white space instead.
    label->setMaximumWidth(760);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void makeError(QLabel *label)
{
    setRole(label, "error");
    // Margins, not style-sheet padding: a wrapped label only counts these in its height.
    label->setContentsMargins(10, 8, 10, 8);
    label->setWordWrap(true);
    label->hide();
}

void makeNote(QLabel *label)
{
    setRole(label, "note");
    label->setWordWrap(true);
}

void makePrimary(QPushButton *button)
{
    setRole(button, "primary");
}

void setProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    bar->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void nameStandardButtons(QDialogButtonBox *box)
{
    if (QPushButton *b = box->button(QDialogButtonBox::Cancel))
        b->setText(QCoreApplication::translate("Style", "Cancel"));
    if (QPushButton *b = box->button(QDialogButtonBox::Close))
        b->setText(QCoreApplication::translate("Style", "Close"));
    if (QPushButton *b = box->button(QDialogButtonBox::Ok))
        b->setText(QCoreApplication::translate("Style", "OK"));
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // Screen readers announce an alert; a changed label alone is read only when visited.
    if (!text.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent event(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void fitHeight(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int minWidth = layout->totalMinimumSize().width();
    const int width = std::max(window->width(), minWidth);
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalMinimumSize().height();
    window->setMinimumSize(minWidth, height);
    if (window->height() < height)
        window->resize(width, height);
}

} // namespace Style
