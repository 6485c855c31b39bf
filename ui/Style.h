#pragma once

#include <QString>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

// The look of Roer: calm colours, room to breathe, a visible keyboard focus.
// Widgets mark their role with a dynamic property; the style sheet does the rest.
namespace Style {
// `scale` grows the few fixed text sizes with the rest for large text (help-desk mode).
QString applicationStyleSheet(qreal scale = 1.0);

void makeTitle(QLabel *label);    // page heading
void makeSubtitle(QLabel *label); // section heading
void makeBody(QLabel *label);     // wrapped running text
void makeError(QLabel *label);    // red message, hidden while empty
void makeNote(QLabel *label);     // quiet hint under a field
void makePrimary(QPushButton *button);
// Roer's own words on a button box's standard buttons (Cancel, Close, OK): Qt's come from
// qtbase translations, which a system may not have, and left "Close" English on Dutch screens.
void nameStandardButtons(QDialogButtonBox *box);
// Sets an error text and shows the label (or hides it when empty).
void setMessage(QLabel *label, const QString &text);
// Shows done out of total; without a total yet the bar shows it is busy.
void setProgress(QProgressBar *bar, qint64 done, qint64 total);
// Makes a shown window tall enough for its wrapped texts at its width (a top-level window's
// minimum size counts a wrapped label as one line). Call it from showEvent and after showing
// or hiding parts.
void fitHeight(QWidget *window);

constexpr int kPageMargin = 32;
constexpr int kSpacing = 12;
} // namespace Style
