#include "CalendarFile.h"

#include <QCoreApplication>

namespace CalendarFile {

QByteArray escape(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += '\\' + QString(c).toUtf8();
        else if (c == QLatin1Char('\n'))
            out += "\\n";
        else if (c != QLatin1Char('\r'))
            out += QString(c).toUtf8();
    }
    return out;
}

QByteArray fold(const QByteArray &line)
{
    // At most 75 octets per line; a continuation line starts with one space. A UTF-8
    // character is never cut in two.
    QByteArray out;
    int used = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        const auto lead = static_cast<unsigned char>(line.at(i));
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (used + length > 75) {
            out += "\r\n ";
            used = 1;
        }
        out += line.mid(i, length);
        used += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray forRequest(const RightsRequest &r, const QDateTime &now)
{
    const QDate deadline = r.deadline();
    if (!Requests::deadlineRuns(r.status) || !deadline.isValid())
        return QByteArray();
    const QString summary =
        QCoreApplication::translate("Requests", "%1 must answer your request").arg(r.retailerName);
    const QString description =
        QCoreApplication::translate("Requests",
                                    "%1. Open Roer to see if %2 answered. If not, Roer helps "
                                    "you send a reminder.")
            .arg(Requests::kindLabel(r.kind), r.retailerName);
    const QByteArray stamp =
        now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = deadline.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray next = deadline.addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1();
    QByteArray ics;
    auto line = [&](const QByteArray &l) { ics += fold(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Roer//Rights requests//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("BEGIN:VEVENT");
    // Stable per request: a calendar replaces the event when the deadline moves (SEQUENCE).
    line("UID:roer-request-" + r.id.toLatin1() + "-deadline");
    line("SEQUENCE:" + QByteArray::number(r.extensionCounts() ? 1 : 0));
    line("DTSTAMP:" + stamp);
    line("DTSTART;VALUE=DATE:" + day);
    line("DTEND;VALUE=DATE:" + next);
    line("SUMMARY:" + escape(summary));
    line("DESCRIPTION:" + escape(description));
    line("TRANSP:TRANSPARENT");
    line("BEGIN:VALARM");
    line("ACTION:DISPLAY");
    line("DESCRIPTION:" + escape(summary));
    line("TRIGGER;RELATED=START:PT9H");
    line("END:VALARM");
    line("END:VEVENT");
    line("END:VCALENDAR");
    return ics;
}

} // namespace CalendarFile
