#pragma once

#include <QDate>
#include <QString>

// The legal deadline of a rights request. GDPR Art. 12(3): the retailer answers "without
// undue delay and in any event within one month of receipt"; it may take two more months when
// needed, if it tells the customer so, with its reasons, within that first month.
// Periods are counted the EU way (Regulation 1182/71, Art. 3, also used by the EDPB): the
// period starts the day after receipt and ends on the same date one month later; when that
// month has no such date (31 January), on its last day; when that day is a Saturday, Sunday
// or a Dutch public holiday, on the next working day. So Roer never calls a request late
// before the law does.
namespace Deadline {

// The end of a period of `months` months from `received` (1 for the normal deadline).
QDate due(const QDate &received, int months = 1);
// The latest date an extension can give: three months after receipt.
QDate latestExtended(const QDate &received);

struct Extension
{
    QDate due;              // the deadline that holds
    bool valid = false;     // false: the extension does not count (too late, or no date)
    bool shortened = false; // the retailer asked for more than the law allows
};
// The retailer said on `noticeOn` that it needs until `asked` (invalid: "two more months").
Extension extension(const QDate &received, const QDate &noticeOn, const QDate &asked);

// Days from `today` until the end of `due`: 0 on the day itself, negative when late.
int daysLeft(const QDate &due, const QDate &today);

bool isWorkingDay(const QDate &date);
// The days the Dutch Algemene termijnenwet counts as public holidays: New Year's Day,
// Easter Monday, King's Day (27 April, or 26 April when the 27th is a Sunday), 5 May,
// Ascension Day, Whit Monday, Christmas Day and Boxing Day. (Easter and Whit Sunday are
// Sundays anyway.)
bool isDutchPublicHoliday(const QDate &date);
QDate easterSunday(int year);

// Plain words, translated (context "Requests"); dates in `language` ("nl" or "en").
// Short: "12 days left", "Due today", "3 days late".
QString shortText(const QDate &due, const QDate &today);
// A sentence: "12 days left. The shop must answer by Monday 5 April 2026."
QString sentence(const QDate &due, const QDate &today, const QString &language);

} // namespace Deadline
