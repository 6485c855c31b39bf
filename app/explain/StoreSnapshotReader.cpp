#include "StoreSnapshotReader.h"

#include "importing/Record.h"
#include "importing/RecordBlob.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

StoreSnapshotReader::StoreSnapshotReader(Vault &vault, const SnapshotStore &store,
                                         qint64 snapshotId)
    : m_vault(vault), m_store(store), m_snapshotId(snapshotId)
{
}

Result<QList<SnapshotReader::Field>> StoreSnapshotReader::fields() const
{
    Result<QList<FieldSummary>> summaries = m_store.fields(m_snapshotId);
    if (!summaries)
        return summaries.error();
    Result<QHash<QString, QList<RecordRule>>> byFile = m_store.recordRules(m_snapshotId);
    if (!byFile)
        return byFile.error();
    // Field paths name the data file by its file name; the rules are kept by its full path.
    QHash<QString, QList<RecordRule>> rules;
    for (auto it = byFile->cbegin(); it != byFile->cend(); ++it)
        rules[it.key().section(QLatin1Char('/'), -1)] << it.value();
    QList<Field> out;
    out.reserve(summaries->size());
    for (const FieldSummary &s : *summaries) {
        Field field{s.fieldPathId, s.dataFile, s.path, s.count, false, {}};
        const QString prefix = s.dataFile + pathSeparator();
        const QString inFile = s.path.startsWith(prefix) ? s.path.mid(prefix.size()) : s.path;
        if (const RecordRule *rule = RecordRule::forPath(rules.value(s.dataFile), inFile)) {
            field.hasRule = true;
            field.rule = *rule;
        }
        out << field;
    }
    return out;
}

Result<void> StoreSnapshotReader::forEachValue(qint64 fieldId, const Visitor &visit) const
{
    return m_store.forEachValue(m_snapshotId, fieldId, visit);
}

Result<void> StoreSnapshotReader::forEachValueOfAll(const AllVisitor &visit) const
{
    // One pass over the snapshot's records (one row each, fields in a RecordBlob).
    SqlStatement st =
        m_vault.prepare("SELECT r.fields FROM snapshot s "
                        "JOIN record r ON r.id BETWEEN s.first_record_id AND s.last_record_id "
                        "WHERE s.id = ?1 ORDER BY r.id");
    st.bind(1, m_snapshotId);
    for (qint64 record = 0;; ++record) {
        Result<bool> row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        RecordBlob::Reader reader(st.blobView(0));
        RecordBlob::FieldView f;
        while (reader.next(f)) {
            const QString raw = f.rawText();
            if (!visit(record, f.fieldPathId, raw, f.hasNormalised ? f.normalisedText() : raw))
                return {};
        }
    }
}
