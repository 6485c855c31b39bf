#include "RequestLetter.h"

#include "CategoryPhrases.h"
#include "DateWords.h"
#include "RequestLetterTexts.h"

#include <QCryptographicHash>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The customer's words go into a sentence that ends with a full stop: no double stop.
QString clause(const QString &text)
{
    QString t = text.simplified();
    while (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(';')))
        t.chop(1);
    return t;
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

int index(Requests::Kind kind)
{
    return int(kind);
}

bool objects(Requests::ObjectTo what, Requests::ObjectTo part)
{
    return what == part || what == Requests::ObjectTo::Both;
}

// The parts every letter shares: who writes, to whom, the date, the greeting, the details.
RequestLetter frame(const Retailer &retailer, const Requester &me, const QString &language,
                    const QDate &date, const RequestDetails &details)
{
    const RequestLetterTexts &t = RequestLetterTexts::forLanguage(language);
    RequestLetter l;
    l.language =
        language.startsWith(QLatin1String("nl")) ? QStringLiteral("nl") : QStringLiteral("en");
    l.to = retailer.privacyEmail;
    l.date = date;
    const QString name = me.name.isEmpty() ? s(t.yourName) : me.name;
    const QStringList address =
        me.address.isEmpty() ? QStringList{s(t.yourAddress)} : lines(me.address);
    const QString email = me.email.isEmpty() ? s(t.yourEmail).arg(retailer.name) : me.email;
    l.senderLines = QStringList{name} + address + QStringList{email};
    l.recipientLines = QStringList{retailer.name};
    l.recipientLines += retailer.postalAddress.trimmed().isEmpty()
        ? QStringList{s(t.shopAddress).arg(retailer.name)}
        : lines(retailer.postalAddress);
    l.greeting = s(t.greeting).arg(retailer.name);
    l.detailLines = QStringList{s(t.nameLabel).arg(name),
                                s(t.addressLabel).arg(address.join(QStringLiteral(", "))),
                                s(t.emailLabel).arg(email)};
    if (!details.customerNumber.isEmpty())
        l.detailLines.append(s(t.customerNumberLabel).arg(details.customerNumber));
    l.closing = s(t.closing);
    l.signature = name;
    return l;
}
} // namespace

RequestLetter RequestLetter::make(const RightsRequest &r, const Retailer &retailer,
                                  const Requester &me, const QString &language, const QDate &date)
{
    const RequestLetterTexts &t = RequestLetterTexts::forLanguage(language);
    const RequestDetails &d = r.details;
    const int k = index(r.kind);
    RequestLetter l = frame(retailer, me, language, date, d);
    l.subject = s(t.subject[k]);

    QString first = s(t.opening[k]);
    // The customer's own words first; else what Roer found, named in the letter's language.
    QString about = clause(d.scope);
    if (about.isEmpty())
        about = CategoryPhrases::join(d.categories, language);
    const QString what = about.isEmpty() ? s(t.allData[k]) : s(t.scope[k]).arg(about);
    if (!what.isEmpty())
        first += QLatin1Char(' ') + what;
    if (!d.fieldPath.isEmpty() && r.kind != Requests::Kind::Rectification)
        first += QLatin1Char(' ') + s(t.fieldLabel).arg(d.fieldPath);
    l.paragraphs.append(first);

    switch (r.kind) {
    case Requests::Kind::Access:
        l.paragraphs.append(s(t.accessItems));
        l.paragraphs.append(s(t.accessFormat));
        break;
    case Requests::Kind::Erasure:
        if (d.withdrawConsents)
            l.paragraphs.append(s(t.withdrawConsents));
        if (objects(d.objectTo, Requests::ObjectTo::DirectMarketing))
            l.paragraphs.append(s(t.objectMarketing));
        if (objects(d.objectTo, Requests::ObjectTo::Profiling))
            l.paragraphs.append(s(t.objectProfiling));
        l.paragraphs.append(s(t.eraseKeepByLaw));
        l.paragraphs.append(s(t.eraseTellOthers));
        break;
    case Requests::Kind::Objection: {
        if (objects(d.objectTo, Requests::ObjectTo::DirectMarketing))
            l.paragraphs.append(s(t.objectionMarketing));
        if (objects(d.objectTo, Requests::ObjectTo::Profiling)) {
            QString p = s(t.objectionProfiling);
            if (!d.reason.isEmpty())
                p += QLatin1Char(' ') + s(t.ownReason).arg(clause(d.reason));
            l.paragraphs.append(p);
        }
        l.paragraphs.append(s(t.objectionConfirm));
        break;
    }
    case Requests::Kind::Rectification: {
        QStringList parts;
        if (!d.wrongValue.isEmpty())
            parts.append(s(t.rectifyWrong).arg(clause(d.wrongValue)));
        if (!d.correctValue.isEmpty())
            parts.append(s(t.rectifyCorrect).arg(clause(d.correctValue)));
        if (!d.fieldPath.isEmpty())
            parts.append(s(t.fieldLabel).arg(d.fieldPath));
        l.paragraphs.append(parts.join(QLatin1Char(' ')));
        l.paragraphs.append(s(t.rectifyTellOthers));
        break;
    }
    case Requests::Kind::Restriction: {
        QString p = s(t.restrictMeaning);
        if (!d.reason.isEmpty())
            p += QLatin1Char(' ') + s(t.ownReason).arg(clause(d.reason));
        l.paragraphs.append(p);
        l.paragraphs.append(s(t.restrictLift));
        break;
    }
    case Requests::Kind::Portability: l.paragraphs.append(s(t.portabilityFormat)); break;
    }
    l.paragraphs.append(s(t.deadline));
    l.paragraphs.append(s(t.identity));
    return l;
}

RequestLetter RequestLetter::reminder(const RightsRequest &r, const Retailer &retailer,
                                      const Requester &me, const QString &language,
                                      const QDate &date)
{
    const RequestLetterTexts &t = RequestLetterTexts::forLanguage(language);
    const int k = index(r.kind);
    const QDate sent = r.sentOn.isValid() ? r.sentOn : r.createdAt.toLocalTime().date();
    RequestLetter l = frame(retailer, me, language, date, r.details);
    l.subject =
        s(t.reminderSubject).arg(DateWords::date(sent, language), Requests::kindArticle(r.kind));
    l.paragraphs.append(s(t.reminderSent).arg(DateWords::date(sent, language), s(t.asked[k])));
    QString late;
    if (r.extensionCounts())
        late = s(t.reminderExtended).arg(DateWords::date(r.extendedDueOn, language))
            + QLatin1Char(' ');
    late += s(t.reminderNoAnswer).arg(DateWords::date(r.deadline(), language));
    l.paragraphs.append(late);
    l.paragraphs.append(s(t.reminderNext));
    l.paragraphs.append(s(t.reminderFirstRequest));
    const RequestLetter first = make(r, retailer, me, language, sent);
    l.appendix = s(t.subjectLabel).arg(first.subject) + QStringLiteral("\n\n") + first.emailBody();
    return l;
}

QString RequestLetter::emailBody() const
{
    QString body = greeting + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"))
        + QStringLiteral("\n\n") + detailLines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + closing + QLatin1Char('\n') + signature + QLatin1Char('\n');
    if (!appendix.isEmpty())
        body += QStringLiteral("\n----------\n\n") + appendix;
    return body;
}

QString RequestLetter::plainText() const
{
    const RequestLetterTexts &t = RequestLetterTexts::forLanguage(language);
    return senderLines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + recipientLines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + s(t.dateLabel).arg(DateWords::date(date, language)) + QLatin1Char('\n')
        + s(t.subjectLabel).arg(subject) + QStringLiteral("\n\n") + emailBody();
}

QString RequestLetter::shortEmailBody() const
{
    const RequestLetterTexts &t = RequestLetterTexts::forLanguage(language);
    return greeting + QStringLiteral("\n\n") + paragraphs.value(0) + QStringLiteral("\n\n")
        + s(t.pasteRest) + QStringLiteral("\n\n") + closing + QLatin1Char('\n') + signature
        + QLatin1Char('\n');
}

QString RequestLetter::restOfEmail() const
{
    QString rest = paragraphs.mid(1).join(QStringLiteral("\n\n")) + QStringLiteral("\n\n")
        + detailLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!appendix.isEmpty())
        rest += QStringLiteral("\n----------\n\n") + appendix;
    return rest;
}

QByteArray RequestLetter::sha256() const
{
    return QCryptographicHash::hash(plainText().toUtf8(), QCryptographicHash::Sha256).toHex();
}

QStringList RequestLetter::prose() const
{
    return paragraphs;
}
