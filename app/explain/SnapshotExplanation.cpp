#include "SnapshotExplanation.h"

QString ExplainAlert::actionName(Action action)
{
    switch (action) {
    case Action::Access: return QStringLiteral("access");
    case Action::Erase: return QStringLiteral("erase");
    case Action::Object: return QStringLiteral("object");
    case Action::None: break;
    }
    return QString();
}

QString ExplainAlert::fullText() const
{
    return actionText.isEmpty() ? text : text + QLatin1Char(' ') + actionText;
}
