#pragma once
// An edit of one record as the fields it changes, each from one value to another, in the form the journal
// stores them. What the GUI sends to core (RecordEdits), what its undo command holds, and what undo applies
// reversed: only the fields of this edit, so that an undo never touches a field someone changed since (an
// import, another page).
#include "RecordStore.h"
#include <QList>
#include <QString>
#include <QVariant>

namespace hamkori {

struct FieldChange
{
    QString column;
    QVariant from;
    QVariant to;
};

struct FieldPatch
{
    QString kind;   // "activity", "plan"… (RecordStore kinds)
    QString record; // uuid
    QList<FieldChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    /// The same fields from `to` back to `from`: the undo of this patch.
    FieldPatch inverse() const;
    /// The fields whose stored values differ between two versions of a record (each a list of column →
    /// value, as the repositories write them).
    static FieldPatch between(const QString& kind, const QString& record, const Fields& before,
                              const Fields& after);
    /// Whether two stored values are the same (a number and its text, a null and a null).
    static bool sameValue(const QVariant& a, const QVariant& b);
};

} // namespace hamkori
