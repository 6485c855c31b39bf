#include "RightsRequest.h"

#include "Deadline.h"

QDate RightsRequest::deadline() const
{
    if (extendedDueOn.isValid() && extensionCounts())
        return extendedDueOn;
    return dueOn;
}

bool RightsRequest::extensionCounts() const
{
    return extendedDueOn.isValid()
        && Deadline::extension(receivedOn, extensionNoticeOn, extendedDueOn).valid;
}

bool RightsRequest::isLate(const QDate &today) const
{
    const QDate d = deadline();
    return Requests::deadlineRuns(status) && d.isValid() && today > d;
}

QString RightsRequest::reasonText(const QString &wanted) const
{
    const QString own = reason.value(wanted).toString();
    if (!own.isEmpty())
        return own;
    for (auto it = reason.begin(); it != reason.end(); ++it)
        if (!it.value().toString().isEmpty())
            return it.value().toString();
    return QString();
}

QJsonObject RightsRequest::toJson(const QDate &today, const QString &uiLanguage) const
{
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
    };
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("retailer"), retailerName},
        {QStringLiteral("kind"), Requests::kindId(kind)},
        {QStringLiteral("kind_text"), Requests::kindLabel(kind)},
        {QStringLiteral("article"), Requests::kindArticle(kind)},
        {QStringLiteral("delivery"), Requests::deliveryId(delivery)},
        {QStringLiteral("language"), language},
        {QStringLiteral("details"), details.toJson()},
        {QStringLiteral("status"), Requests::statusId(status)},
        {QStringLiteral("status_text"), Requests::statusLabel(status)},
        {QStringLiteral("created_at"), time(createdAt)},
        {QStringLiteral("late"), isLate(today)},
    };
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("sent_on", date(sentOn));
    if (sentBy)
        put("sent_by", Requests::sentById(*sentBy));
    put("received_on", date(receivedOn));
    put("due_on", date(dueOn));
    put("extended_due_on", date(extendedDueOn));
    put("extension_notice_on", date(extensionNoticeOn));
    const QDate d = deadline();
    if (d.isValid() && Requests::deadlineRuns(status)) {
        o.insert(QStringLiteral("deadline"), date(d));
        o.insert(QStringLiteral("days_left"), Deadline::daysLeft(d, today));
        o.insert(QStringLiteral("deadline_text"), Deadline::sentence(d, today, uiLanguage));
    }
    put("reason", reasonText(uiLanguage));
    put("closed_at", time(closedAt));
    if (resultSnapshotId)
        o.insert(QStringLiteral("result_snapshot_id"), resultSnapshotId);
    if (!accessInformation.isEmpty())
        o.insert(QStringLiteral("access_information"), accessInformation);
    put("letter_made_at", time(letterMadeAt));
    put("reminder_made_at", time(reminderMadeAt));
    put("complaint_made_at", time(complaintMadeAt));
    return o;
}
