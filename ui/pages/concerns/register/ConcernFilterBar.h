#pragma once
// The filters above the concern register: a search box (full text, Tajik and Russian, applied as one types),
// status, category, place, the group that raised it, priorities only, restricted, and the team scope.
// Lists apply at once; typed text applies ~150 ms after the last key.
#include "core/storage/ConcernRepository.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace hamkori {

class ConcernFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTypingDelayMs = 150;

    explicit ConcernFilterBar(Database& db, QWidget* parent = nullptr);

    /// The filter as chosen; the team is left empty (see allTeams()) and the sort untouched.
    ConcernFilter filter() const;
    /// Whether the scope is every team in the data file rather than the current team.
    bool allTeams() const;
    void setAllTeams(bool all);
    bool isFiltering() const;

    /// Empties every filter and the search (one change signal).
    void clear();
    /// Clears every other filter, puts text in the search box and applies it at once (one change signal).
    void searchFor(const QString& text);
    /// Removes the filters that would hide this concern; returns whether any was removed (one change signal).
    bool clearFiltersHiding(const Concern& concern);

    void retranslate();
    /// Reads the category list again (it changed, or the language did).
    void reloadCategories();

Q_SIGNALS:
    void filterChanged();

private:
    void emitChanged();
    void resetAll(); // while silent
    void fillStatic();

    Database& m_db;
    QLineEdit* m_search;
    QComboBox* m_scope;
    QComboBox* m_status;
    QComboBox* m_category;
    QLineEdit* m_place;
    QComboBox* m_raisedBy;
    QComboBox* m_restricted;
    QCheckBox* m_prioritised;
    QPushButton* m_clear;
    QLabel* m_statusLabel;
    QLabel* m_categoryLabel;
    QLabel* m_placeLabel;
    QLabel* m_raisedByLabel;
    QLabel* m_restrictedLabel;
    QLabel* m_scopeLabel;
    QTimer* m_typing;
    bool m_silent = false;
};

} // namespace hamkori
