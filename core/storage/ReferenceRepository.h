#pragma once
#include "../model/Reference.h"
#include "Repository.h"

namespace hamkori {

/// The editable lists (categories, drivers, lead bodies, funding sources, criteria) and the gazetteer.
class ReferenceRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)
public:
    using Repository::Repository;

    Result<QList<ReferenceItem>> items(ReferenceList list);
    Result<ReferenceItem> item(const QString& uuid);
    /// A built-in entry by its code ("domestic_violence").
    Result<ReferenceItem> itemByCode(ReferenceList list, const QString& code);
    /// A user's entry: needs a name in at least one language; goes to the end of its list.
    Result<ReferenceItem> addItem(ReferenceItem item);
    Result<void> updateItem(const ReferenceItem& item);
    /// Refused while records use the entry: they would lose their category, lead body…
    Result<QList<RecordRef>> deleteItem(const QString& uuid);

    Result<QList<GazetteerEntry>> gazetteer();
    Result<GazetteerEntry> gazetteerEntry(const QString& uuid);
    /// A region, district or city by any of its names (English, Tajik, Russian, former), ignoring case and
    /// the words for district and city.
    Result<GazetteerEntry> findPlace(const QString& name);
    Result<GazetteerEntry> addPlace(GazetteerEntry entry);
    Result<void> updatePlace(const GazetteerEntry& entry);

    // The fields as the journal and a FieldPatch see them, and a record read back from them (RecordEdits).
    static Fields fieldsOf(const ReferenceItem& record);
    static ReferenceItem itemFromRow(const QSqlRecord& row);
    static Fields fieldsOf(const GazetteerEntry& record);
    static GazetteerEntry placeFromRow(const QSqlRecord& row);

private:
    Result<void> validate(const ReferenceItem& item);
    Result<void> validate(const GazetteerEntry& entry);
};

} // namespace hamkori
