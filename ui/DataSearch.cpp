#include "DataSearch.h"

#include "importing/RecordBlob.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

#include <QHash>

#include <algorithm>

namespace {

// Roughly what FTS4's unicode61 tokenizer compares: case and accents do not count.
QString folded(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    out.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return out;
}

} // namespace

DataSearch::DataSearch(Vault &vault) : m_vault(vault) {}

Result<QList<DataSearch::Hit>> DataSearch::run(const QString &query, int limit) const
{
    // Older snapshots hold the same values again; ask for more and keep the latest ones.
    Result<QList<qint64>> ids = SnapshotStore(m_vault).search(query, limit * 4);
    if (!ids)
        return ids.error();
    auto st = m_vault.prepare(
        "SELECT r.fields, rt.id, rt.name FROM record r JOIN data_file d ON d.id = r.data_file_id "
        "JOIN snapshot s ON s.id = d.snapshot_id JOIN retailer rt ON rt.id = s.retailer_id "
        "WHERE r.id = ? AND s.id = (SELECT max(id) FROM snapshot WHERE retailer_id = rt.id)");
    auto pathOf = m_vault.prepare("SELECT data_file, path FROM field_path WHERE id = ?");
    QHash<qint64, QPair<QString, QString>> paths;
    QStringList words;
    for (const QString &w : query.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (QString f = folded(w).remove(QLatin1Char('"')); !f.isEmpty())
            words.append(f);

    QList<Hit> hits;
    for (const qint64 id : *ids) {
        if (hits.size() >= limit)
            break;
        st.reset();
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        // The index finds the record; the fields holding one of the words are the hits.
        struct Found
        {
            qint64 pathId;
            QString raw;
        };
        QList<Found> found, textFields;
        RecordBlob::Reader reader(st.blobView(0));
        RecordBlob::FieldView f;
        while (reader.next(f)) {
            if (f.type != ValueType::Text)
                continue;
            const QString raw = f.rawText();
            textFields.append({f.fieldPathId, raw});
            const QString text = folded(raw);
            if (std::any_of(words.cbegin(), words.cend(),
                            [&](const QString &w) { return text.contains(w); }))
                found.append({f.fieldPathId, raw});
        }
        if (found.isEmpty() && !textFields.isEmpty())
            found.append(textFields.first()); // the tokenizer saw a word we did not
        for (const Found &hit : found) {
            if (hits.size() >= limit)
                break;
            auto known = paths.constFind(hit.pathId);
            if (known == paths.constEnd()) {
                pathOf.reset();
                pathOf.bind(1, hit.pathId);
                auto p = pathOf.step();
                if (!p)
                    return p.error();
                known = paths.insert(hit.pathId,
                                     *p ? qMakePair(pathOf.text(0), pathOf.text(1))
                                        : qMakePair(QString(), QString()));
            }
            hits.append({id, st.int64(1), st.text(2), known->first, known->second, hit.raw});
        }
    }
    return hits;
}

Result<qint64> DataSearch::notSearchable() const
{
    return SnapshotStore(m_vault).unindexedRecords();
}
