#include "RecordFigures.h"

#include "Catalogue.h"
#include "ExplanationJson.h"

#include <QHash>
#include <QRegularExpression>

#include <numeric>

RecordFigures::RecordFigures(const QList<ExplainedField> &fields, const Catalogue &catalogue)
{
    for (const Catalogue::Category &c : catalogue.categories())
        if (c.id != QLatin1String("none") && m_categories.size() < 32)
            m_categories << c.id;
    QHash<QString, int> parts;
    m_category.reserve(size_t(fields.size()));
    for (const ExplainedField &f : fields) {
        m_category.push_back(int(m_categories.indexOf(f.classification.category)));
        const QString key = f.dataFile + QLatin1Char('\x1f') + f.part;
        auto it = parts.constFind(key);
        if (it == parts.constEnd()) {
            it = parts.insert(key, int(m_parts.size()));
            m_parts.append(Part{f.dataFile, f.part, {}, std::vector<int>(m_categories.size(), 0)});
        }
        Part &part = m_parts[*it];
        part.paths << ExplanationJson::fieldPathInFile(f.path, f.dataFile);
        if (m_category.back() >= 0)
            ++part.fields[size_t(m_category.back())];
        m_part.push_back(*it);
    }
    m_eventDates.assign(size_t(fields.size()), 0);
    m_cells.resize(size_t(m_parts.size() * m_categories.size()));
}

void RecordFigures::setEventDates(qsizetype field, bool eventDates)
{
    m_eventDates[size_t(field)] = eventDates ? 1 : 0;
}

void RecordFigures::next(qint64 record, qsizetype field)
{
    flush();
    m_record = record;
    m_recordPart = m_part[size_t(field)];
    m_mask = 0;
    m_first = QDate();
    m_last = QDate();
}

void RecordFigures::flush()
{
    if (m_recordPart < 0 || !m_mask)
        return;
    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        if (!(m_mask & (quint32(1) << c)))
            continue;
        Cell &cell = m_cells[size_t(m_recordPart * m_categories.size() + c)];
        ++cell.records;
        if (m_first.isValid() && (!cell.first.isValid() || m_first < cell.first))
            cell.first = m_first;
        if (m_last.isValid() && (!cell.last.isValid() || m_last > cell.last))
            cell.last = m_last;
    }
}

QList<CategoryRecords> RecordFigures::finish()
{
    flush();
    m_recordPart = -1;
    // Parts of one series of files (an export cut into numbered files or months) count as
    // one: the same section, and the same file name but for its digits or the same fields.
    std::vector<int> series(size_t(m_parts.size()));
    std::iota(series.begin(), series.end(), 0);
    const auto root = [&series](int i) {
        while (series[size_t(i)] != i)
            i = series[size_t(i)];
        return i;
    };
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QHash<QString, int> byName, byShape;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        Part &part = m_parts[i];
        part.paths.sort();
        const QString name =
            QString(part.dataFile).remove(digits) + QLatin1Char('\x1f') + part.section;
        const QString shape =
            part.section + QLatin1Char('\x1f') + part.paths.join(QLatin1Char('\x1f'));
        for (const QString &key : {name, shape}) {
            QHash<QString, int> &map = key == name ? byName : byShape;
            const auto known = map.constFind(key);
            if (known == map.constEnd())
                map.insert(key, int(i));
            else
                series[size_t(root(int(i)))] = root(*known);
        }
    }

    QList<CategoryRecords> out;
    for (qsizetype p = 0; p < m_parts.size(); ++p) {
        const Part &part = m_parts[p];
        const int most = *std::max_element(part.fields.cbegin(), part.fields.cend());
        for (qsizetype c = 0; c < m_categories.size(); ++c) {
            const Cell &cell = m_cells[size_t(p * m_categories.size() + c)];
            if (!cell.records)
                continue;
            CategoryRecords r;
            r.category = m_categories.at(c);
            r.dataFile = part.dataFile;
            r.part = part.section;
            r.series = root(int(p));
            r.records = cell.records;
            r.fields = part.fields[size_t(c)];
            r.subject = most > 0 && r.fields == most;
            r.firstDate = cell.first;
            r.lastDate = cell.last;
            out << r;
        }
    }
    return out;
}
